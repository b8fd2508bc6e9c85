using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Reporting;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Hosting;
using Microsoft.Build.Framework;

namespace ConnectorSdk.Build.Tasks;

/// <summary>
/// Analyzes one connector folder and logs every diagnostic with its code, span and help link. A run
/// without errors leaves what it logged in <see cref="CacheFile"/> for <see cref="ReplayConnectorDiagnostics"/>;
/// a failing run deletes it, so the next build analyzes again. Relative paths are relative to the
/// project's folder, which MSBuild makes the current directory while it builds the project.
/// </summary>
public sealed class AnalyzeConnector : Microsoft.Build.Utilities.Task
{
    [Required]
    public string Folder { get; set; } = "";

    /// <summary>The connector's files (<c>ConnectorFile</c> items), each with its <c>Kind</c> metadata.</summary>
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>Certified, IndependentPublisher or Custom; empty to detect it from the folder's path.</summary>
    public string? Kind { get; set; }

    /// <summary>None, Default, Recommended or All; empty for Default.</summary>
    public string? Mode { get; set; }

    /// <summary>A previous swagger file or connector folder, or <c>git:REV</c> (the connector's files at that revision); an unreadable one is PPC0010.</summary>
    public string? Baseline { get; set; }

    /// <summary>The address that relative help links of rules are resolved against; empty for the project's repository.</summary>
    public string? HelpLinkBase { get; set; }

    /// <summary>Where to write SARIF 2.1.0, in Roslyn's syntax: <c>path[,version=2.1]</c>.</summary>
    public string? ErrorLog { get; set; }

    /// <summary>Third-party rule packs (<c>ConnectorRulePack</c> items): assembly paths, loaded after the built-in pack.</summary>
    public ITaskItem[] RulePacks { get; set; } = [];

    public string? NoWarn { get; set; }

    public string? WarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public bool TreatWarningsAsErrors { get; set; }

    [Required]
    public string CacheFile { get; set; } = "";

    /// <summary>The connector project: where the task's own errors are logged (the task node is in the SDK's targets, inside the package).</summary>
    [Required]
    public string ProjectFile { get; set; } = "";

    /// <summary>True when the task ran; MSBuild leaves the receiving property unset when it skips the target.</summary>
    [Output]
    public bool Analyzed { get; private set; }

    public override bool Execute()
    {
        Analyzed = true;
        AnalysisCache? analysis = null;
        try
        {
            if (TryReadSettings(out var host, out var files, out var errorLog))
            {
                var logged = new List<BuildDiagnostic>();
                var engine = host.CreateEngine();
                var baseline = host.Baseline.For(Folder, out var baselineProblem);
                var result = engine.Analyze(ConnectorProject.FromFiles(Folder, host.Kind, files), baseline, baselineProblem is null ? [] : [host.Baseline.Problem(Folder, baselineProblem)]);
                foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden))
                {
                    if (diagnostic.IsSuppressed)
                    {
                        // Not a warning or error (it does not fail the build), yet visible with -v:detailed.
                        Log.LogMessage(MessageImportance.Low, $"{diagnostic.Location.FilePath}{diagnostic.Location.Span}: suppressed {diagnostic.Id}: {diagnostic.GetMessage()} ({diagnostic.SuppressionJustification ?? "no justification given"})");
                        continue;
                    }

                    var entry = BuildDiagnostic.Create(diagnostic, HelpLinks.Resolve(diagnostic.Descriptor, host.HelpLinkBase));
                    entry.LogTo(Log);
                    logged.Add(entry);
                }

                if (errorLog is not null)
                {
                    WriteSarif(errorLog, engine.Descriptors, result, host.HelpLinkBase);
                }

                analysis = new AnalysisCache(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(Folder))), result.Project.Kind, host.Mode, logged);
                analysis.LogSummary(Log, replayed: false);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.LogError($"The connector in '{Folder}' could not be analyzed: {exception.Message}");
        }

        if (analysis is null || Log.HasLoggedErrors)
        {
            File.Delete(CacheFile);
            return false;
        }

        analysis.Save(CacheFile);
        return true;
    }

    /// <summary>
    /// The task's inputs as the hosting layer's options, the connector's files and the SARIF path. Every
    /// value the SDK cannot use is logged (PPC0012, PPC0013) before the task gives up, so that one build
    /// names them all.
    /// </summary>
    private bool TryReadSettings(out HostOptions host, out List<ConnectorFile> files, out string? errorLog)
    {
        var invalid = new List<InvalidSetting>();
        host = HostOptions.FromMsBuild(
            new MsBuildProperties
            {
                ConnectorKind = Kind,
                ConnectorAnalysisMode = Mode,
                ConnectorHelpLinkBase = HelpLinkBase,
                ConnectorBaseline = Baseline,
                NoWarn = NoWarn,
                WarningsAsErrors = WarningsAsErrors,
                WarningsNotAsErrors = WarningsNotAsErrors,
                TreatWarningsAsErrors = TreatWarningsAsErrors,
                RulePacks = [.. RulePacks.Select(item => item.GetMetadata("FullPath"))],
            },
            invalid);
        errorLog = ReadErrorLog(invalid);
        files = ReadFiles(invalid);
        var folderExists = Directory.Exists(Folder);
        if (!folderExists)
        {
            LogAtProject(Diagnostic.Create(InfrastructureDiagnostics.ConnectorFolderMissing, Location.InFile(ProjectFile), Folder), host.HelpLinkBase);
        }

        foreach (var setting in invalid)
        {
            LogAtProject(Diagnostic.Create(InfrastructureDiagnostics.InvalidSetting, Location.InFile(ProjectFile), setting.Name, setting.Value, setting.Accepted), host.HelpLinkBase);
        }

        return folderExists && invalid.Count == 0;
    }

    private void LogAtProject(Diagnostic diagnostic, Uri helpLinkBase)
        => BuildDiagnostic.Create(diagnostic, HelpLinks.Resolve(diagnostic.Descriptor, helpLinkBase)).LogTo(Log);

    private static void WriteSarif(string path, IReadOnlyList<DiagnosticDescriptor> rules, AnalysisResult result, Uri helpLinkBase)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        var sarif = SarifWriter.Start(json, rules, helpLinkBase);
        sarif.Write(result);
        sarif.Complete();
    }

    /// <summary>The SARIF path of <see cref="ErrorLog"/>; the version, if given, must be 2 or 2.1, the only one written.</summary>
    private string? ReadErrorLog(List<InvalidSetting> invalid)
    {
        var parts = (ErrorLog ?? "").Split(',', StringSplitOptions.TrimEntries);
        if (!parts.Skip(1).All(option => option is "version=2" or "version=2.1"))
        {
            invalid.Add(new("ErrorLog", ErrorLog!, "a SARIF path, optionally followed by ',version=2.1' (the only version ConnectorSdk writes)"));
        }

        return parts[0].Length == 0 ? null : Path.GetFullPath(parts[0]);
    }

    /// <summary>The <see cref="Files"/> items as connector files; an item whose Kind is missing or not a connector file kind is PPC0012.</summary>
    private List<ConnectorFile> ReadFiles(List<InvalidSetting> invalid)
    {
        var files = new List<ConnectorFile>();
        foreach (var item in Files)
        {
            var kindName = item.GetMetadata("Kind");
            if (HostValues.TryParseFileKind(kindName, out var kind) && kind is not null)
            {
                files.Add(new ConnectorFile(kind.Value, item.GetMetadata("FullPath")));
            }
            else
            {
                invalid.Add(new($"ConnectorFile '{item.ItemSpec}' Kind", kindName, InvalidSetting.OneOf(HostValues.FileKindNames)));
            }
        }

        return files;
    }
}
