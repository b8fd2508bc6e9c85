using System.Reflection;

namespace ConnectorSdk.Analysis.Reporting;

/// <summary>How reports name the tool that produced them.</summary>
internal static class ToolInfo
{
    public const string Name = "ConnectorSdk";

    public const string RepositoryUri = "https://github.com/ConnectorSdk/ConnectorSdk";

    /// <summary>The engine's informational version (the package version, plus the commit when built from git).</summary>
    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolInfo).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";
}
