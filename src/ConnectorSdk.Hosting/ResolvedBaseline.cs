using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Loading;

namespace ConnectorSdk.Hosting;

/// <summary>
/// A baseline setting (ConnectorBaseline, <c>--baseline</c>) resolved to the previous version's swagger:
/// a swagger file is itself, a connector folder gives its apiDefinition.swagger.json.
/// </summary>
internal sealed class ResolvedBaseline
{
    /// <summary>The prefix of <c>git:REV</c>, the swagger at a git revision.</summary>
    public const string GitPrefix = "git:";

    private ResolvedBaseline(string? setting, string? fullPath, ProjectFile? swagger)
    {
        Setting = setting;
        FullPath = fullPath;
        Swagger = swagger;
    }

    /// <summary>No baseline was given.</summary>
    public static ResolvedBaseline None { get; } = new(null, null, null);

    /// <summary>The setting as the user wrote it.</summary>
    public string? Setting { get; }

    /// <summary>Where the baseline was looked for; null for none and for <c>git:REV</c>.</summary>
    public string? FullPath { get; }

    /// <summary>The previous swagger, or null when there is none or it cannot be read.</summary>
    public ProjectFile? Swagger { get; }

    /// <summary>A baseline was given but there is no swagger where it says: PPC0010 in a build, bad usage in the CLI.</summary>
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
            // Accepted and not compared yet: the breaking-changes issue reads the swagger at the revision here.
            return new ResolvedBaseline(setting, null, null);
        }

        var path = Path.GetFullPath(setting);
        var swagger = fileSystem.DirectoryExists(path) ? ConnectorProject.Load(path, fileSystem: fileSystem).Files.FirstOrDefault(f => f.File.Kind == ConnectorFileKind.ApiDefinition)
            : fileSystem.FileExists(path) ? ProjectFile.In(fileSystem, ConnectorFileKind.ApiDefinition, path)
            : null;
        return new ResolvedBaseline(setting, path, swagger);
    }
}
