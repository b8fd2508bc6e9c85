using System.CommandLine;
using System.CommandLine.Help;

namespace ConnectorSdk.Cli;

/// <summary>The <c>connector</c> command line: parsing, dispatch to a subcommand, and the exit code contract.</summary>
internal static class ConnectorCommand
{
    /// <summary>
    /// Runs the command line and returns its exit code: <see cref="ExitCodes.Success"/>,
    /// <see cref="ExitCodes.ErrorsFound"/> or <see cref="ExitCodes.Failure"/>. Never throws: any failure
    /// becomes one line on <paramref name="stderr"/>.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        try
        {
            var exitCode = await InvokeAsync(args, stdout, stderr, cancellationToken);
            await stdout.FlushAsync(cancellationToken);
            return exitCode;
        }
        catch (Exception exception)
        {
            WriteError(stderr, Describe(exception));
            return ExitCodes.Failure;
        }
    }

    private static async Task<int> InvokeAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var parseResult = CreateRoot().Parse(CommandOptions.WithBareWarnAsError(args));
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                WriteError(stderr, error.Message);
            }

            return ExitCodes.Failure;
        }

        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        return await parseResult.InvokeAsync(configuration, cancellationToken);
    }

    // Not a RootCommand, which would take its name from the executable: "ConnectorSdk.Cli" under `dotnet`.
    private static Command CreateRoot() => new("connector", "Validates Power Platform connectors offline.")
    {
        new HelpOption(),
        new VersionOption(),
        new ValidateCommand(),
        new RulesCommand(),
        new InitCommand(),
    };

    private static string Describe(Exception exception)
    {
        var cause = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : exception;
        return cause.Message;
    }

    private static void WriteError(TextWriter stderr, string message) => stderr.WriteLine($"connector: error: {message.ReplaceLineEndings(" ")}");
}
