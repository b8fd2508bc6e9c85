namespace ConnectorSdk.Cli;

/// <summary>The exit codes CI scripts rely on (interfaces.md).</summary>
internal static class ExitCodes
{
    /// <summary>No error-level diagnostic (suppressed ones do not count).</summary>
    public const int Success = 0;

    /// <summary>At least one error-level diagnostic.</summary>
    public const int ErrorsFound = 1;

    /// <summary>Bad usage, or a failure of the tool itself.</summary>
    public const int Failure = 2;
}
