namespace ConnectorSdk.Cli;

/// <summary>The command line asks for something the tool cannot do; reported as one line, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
