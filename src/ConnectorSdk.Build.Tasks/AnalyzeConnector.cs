using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Packs;
using ConnectorSdk.Analysis.Reporting;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Rules.Certification;
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

    /// <summary>A previous swagger file or connector folder, or <c>git:REV</c> (accepted; resolved once baselines are compared).</summary>
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

    /// <summary>True when the task ran; MSBuild leaves the receiving property unset when it skips the target.</summary>
    [Output]
    public bool Analyzed { get; private set; }

    public override bool Execute()
    {
        Analyzed = true;
        AnalysisCache? analysis = null;
        try
        {
            if (TryParse<ConnectorKind>(Kind, "ConnectorKind", out var kind)
                & TryParse<AnalysisMode>(Mode, "ConnectorAnalysisMode", out var mode)
                & TryParseHelpLinkBase(out var helpLinkBase)
                & TryParseErrorLog(out var errorLog)
                & TryReadFiles(out var files))
            {
                var options = new AnalysisOptions { Mode = mode ?? AnalysisMode.Default }.With(NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors);
                var logged = new List<BuildDiagnostic>();
                var packs = RulePacks.Select(item => RulePack.FromPath(item.GetMetadata("FullPath"))).Prepend(RulePack.FromAssembly(CertificationRules.Assembly));
                var engine = AnalysisEngine.FromPacks(packs, options);
                var result = Analyze(engine, kind, files);
                foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden))
                {
                    if (diagnostic.IsSuppressed)
                    {
                        // Not a warning or error (it does not fail the build), yet visible with -v:detailed.
                        Log.LogMessage(MessageImportance.Low, $"{diagnostic.Location.FilePath}{diagnostic.Location.Span}: suppressed {diagnostic.Id}: {diagnostic.GetMessage()} ({diagnostic.SuppressionJustification ?? "no justification given"})");
                        continue;
                    }

                    var entry = BuildDiagnostic.Create(diagnostic, HelpLinks.Resolve(diagnostic.Descriptor, helpLinkBase));
                    entry.LogTo(Log);
                    logged.Add(entry);
                }

                if (errorLog is not null)
                {
                    WriteSarif(errorLog, engine.Descriptors, result, helpLinkBase);
                }

                analysis = new AnalysisCache(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(Folder))), result.Project.Kind, options.Mode, logged);
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

    private AnalysisResult Analyze(AnalysisEngine engine, ConnectorKind? kind, IEnumerable<ConnectorFile> files)
    {
        var baseline = ReadBaseline(out var baselineProblem);
        return engine.Analyze(ConnectorProject.FromFiles(Folder, kind, files), baseline, hostDiagnostics: baselineProblem is null ? [] : [baselineProblem]);
    }

    private static void WriteSarif(string path, IReadOnlyList<DiagnosticDescriptor> rules, AnalysisResult result, Uri helpLinkBase)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        var sarif = SarifWriter.Start(json, rules, helpLinkBase);
        sarif.Write(result);
        sarif.Complete();
    }

    /// <summary>The baseline's swagger, or null when there is none; a baseline that cannot be read is PPC0010.</summary>
    private ProjectFile? ReadBaseline(out Diagnostic? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(Baseline) || Baseline.StartsWith("git:", StringComparison.Ordinal))
        {
            return null;
        }

        var path = Path.GetFullPath(Baseline);
        var swagger = Directory.Exists(path) ? ConnectorProject.Load(path).Files.FirstOrDefault(f => f.File.Kind == ConnectorFileKind.ApiDefinition)
            : File.Exists(path) ? ProjectFile.OnDisk(ConnectorFileKind.ApiDefinition, path)
            : null;
        if (swagger is null)
        {
            problem = Diagnostic.Create(InfrastructureDiagnostics.BaselineUnreadable, Location.InFile(path), Baseline);
        }

        return swagger;
    }

    private bool TryParseHelpLinkBase(out Uri helpLinkBase)
    {
        var parsed = HelpLinks.DefaultBase;
        if (!string.IsNullOrWhiteSpace(HelpLinkBase) && !HelpLinks.TryParseBase(HelpLinkBase.Trim(), out parsed))
        {
            Log.LogError($"ConnectorHelpLinkBase '{HelpLinkBase}' is not an absolute address.");
        }

        helpLinkBase = parsed ?? HelpLinks.DefaultBase;
        return parsed is not null;
    }

    /// <summary>The SARIF path of <see cref="ErrorLog"/>; the version, if given, must be 2 or 2.1, the only one written.</summary>
    private bool TryParseErrorLog(out string? path)
    {
        var parts = (ErrorLog ?? "").Split(',', StringSplitOptions.TrimEntries);
        path = parts[0].Length == 0 ? null : Path.GetFullPath(parts[0]);
        if (parts.Skip(1).All(option => option is "version=2" or "version=2.1"))
        {
            return true;
        }

        Log.LogError($"ErrorLog '{ErrorLog}' asks for a SARIF version other than 2.1, the only one ConnectorSdk writes.");
        return false;
    }

    /// <summary>The <see cref="Files"/> items as connector files; an item whose Kind is not a connector file kind is an error.</summary>
    private bool TryReadFiles(out List<ConnectorFile> files)
    {
        files = [];
        foreach (var item in Files)
        {
            if (!TryParse<ConnectorFileKind>(item.GetMetadata("Kind"), $"The Kind of ConnectorFile '{item.ItemSpec}'", out var kind))
            {
                return false;
            }

            if (kind is null)
            {
                Log.LogError($"ConnectorFile '{item.ItemSpec}' has no Kind: give it one of {string.Join(", ", Enum.GetNames<ConnectorFileKind>())}.");
                return false;
            }

            files.Add(new ConnectorFile(kind.Value, item.GetMetadata("FullPath")));
        }

        return true;
    }

    /// <summary>An enum member by name in any letter case; empty is null; anything else is an error naming the MSBuild property.</summary>
    private bool TryParse<TEnum>(string? value, string property, out TEnum? result)
        where TEnum : struct, Enum
    {
        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => n.Equals(value?.Trim(), StringComparison.OrdinalIgnoreCase));
        result = name is null ? null : Enum.Parse<TEnum>(name);
        if (name is null && !string.IsNullOrWhiteSpace(value))
        {
            Log.LogError($"{property} '{value}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
            return false;
        }

        return true;
    }
}
