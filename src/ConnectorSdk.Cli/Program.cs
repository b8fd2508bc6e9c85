using System.Text;
using ConnectorSdk.Cli;

// Buffered, and flushed by RunAsync so that a closed pipe is reported like any other failure.
// Waited for rather than awaited: an async Main is one more state machine compiled at every start-up.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
return ConnectorCommand.RunAsync(args, stdout, Console.Error).GetAwaiter().GetResult();
