using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Hosting;

/// <summary>
/// A baseline setting (ConnectorBaseline, <c>--baseline</c>) resolved to the previous version of a connector: a swagger
/// file is itself (the swagger is compared, nothing else), a connector folder gives its swagger and apiProperties, and
/// <c>git:REV</c> gives, for each connector, its own files at that revision of the repository that holds it.
/// </summary>
internal sealed class ResolvedBaseline
{
    /// <summary>The prefix of <c>git:REV</c>, the connector's files at a git revision.</summary>
    public const string GitPrefix = "git:";

    private readonly ConnectorProject? _previous;

    private ResolvedBaseline(string? setting, string? fullPath, ConnectorProject? previous)
    {
        Setting = setting;
        FullPath = fullPath;
        _previous = previous;
    }

    /// <summary>No baseline was given.</summary>
    public static ResolvedBaseline None { get; } = new(null, null, null);

    /// <summary>The setting as the user wrote it.</summary>
    public string? Setting { get; }

    /// <summary>Where the baseline was looked for; null for none and for <c>git:REV</c>.</summary>
    public string? FullPath { get; }

    /// <summary>The revision of <c>git:REV</c>, else null.</summary>
    public string? GitRevision => Setting is not null && Setting.StartsWith(GitPrefix, StringComparison.Ordinal) ? Setting[GitPrefix.Length..] : null;

    /// <summary>A file or folder baseline: one previous version, so it compares one connector.</summary>
    public bool IsPath => FullPath is not null;

    /// <summary>The previous swagger of a file or folder baseline, or null (none, unreadable, or <c>git:REV</c>).</summary>
    public ProjectFile? Swagger => _previous?.Files.FirstOrDefault(f => f.File.Kind == ConnectorFileKind.ApiDefinition);

    /// <summary>A file or folder baseline was given but there is no swagger where it says: PPC0010 in a build, bad usage in the CLI.</summary>
    public bool IsUnreadable => FullPath is not null && Swagger is null;

    /// <summary>Resolves a setting; a relative path is relative to the current folder (a project's folder while MSBuild builds it).</summary>
    public static ResolvedBaseline Resolve(string? setting, ConnectorFileSystem? fileSystem = null)
    {
        fileSystem ??= ConnectorFileSystem.Disk;
        if (string.IsNullOrWhiteSpace(setting))
        {
            return None;
        }

        if (setting.StartsWith(GitPrefix, StringComparison.Ordinal))
        {
            return new ResolvedBaseline(setting, null, null);
        }

        var path = Path.GetFullPath(setting);
        var previous = fileSystem.DirectoryExists(path) || fileSystem.FileExists(path) ? ConnectorProject.Load(path, fileSystem: fileSystem) : null;
        return new ResolvedBaseline(setting, path, previous);
    }

    /// <summary>
    /// The previous version of the connector in <paramref name="connectorFolder"/>: null with no baseline, and with
    /// <c>git:REV</c> when the connector has no swagger at that revision (it is new: nothing to compare). When it cannot
    /// be had, <paramref name="problem"/> says why (PPC0010 in a build, bad usage in the CLI).
    /// </summary>
    public ConnectorProject? For(string connectorFolder, out string? problem)
    {
        problem = IsUnreadable ? InfrastructureDiagnostics.BaselineNotFound : null;
        return GitRevision is { } revision ? GitBaseline.Read(Path.GetFullPath(connectorFolder), revision, out problem) : _previous is { } previous && !IsUnreadable ? previous : null;
    }

    /// <summary>PPC0010 for a baseline that cannot be had, at the baseline's path (or the connector's folder for <c>git:REV</c>).</summary>
    public Diagnostic Problem(string connectorFolder, string problem)
        => Diagnostic.Create(InfrastructureDiagnostics.BaselineUnreadable, Location.InFile(FullPath ?? Path.GetFullPath(connectorFolder)), Setting, problem);
}
