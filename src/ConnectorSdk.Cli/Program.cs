using System.Text;
using ConnectorSdk.Cli;

// Buffered, and flushed by RunAsync so that a closed pipe is reported like any other failure.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
return await ConnectorCommand.RunAsync(args, stdout, Console.Error);
