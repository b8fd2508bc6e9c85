using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;
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
    private const string DefaultHelpLinkBase = "https://github.com/ConnectorSdk/ConnectorSdk/blob/main/";

    // PPC0010 belongs with the engine's infrastructure descriptors; it moves there when the engine compares baselines.
    private static readonly DiagnosticDescriptor BaselineUnreadable = new(
        "PPC0010", "The baseline cannot be read",
        "ConnectorBaseline '{0}' cannot be read: it is neither a swagger file nor a connector folder",
        InfrastructureDiagnostics.Category, DiagnosticSeverity.Error, AnalysisMode.None, ConnectorKinds.All,
        "The previous version of the connector, which the build compares with, is not where ConnectorBaseline says.");

    [Required]
    public string Folder { get; set; } = "";

    /// <summary>Certified, IndependentPublisher or Custom; empty to detect it from the folder's path.</summary>
    public string? Kind { get; set; }

    /// <summary>None, Default, Recommended or All; empty for Default.</summary>
    public string? Mode { get; set; }

    /// <summary>A previous swagger file or connector folder, or <c>git:REV</c> (accepted; resolved once baselines are compared).</summary>
    public string? Baseline { get; set; }

    /// <summary>The address that relative help links of rules are resolved against.</summary>
    public string? HelpLinkBase { get; set; }

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
        var logged = new List<BuildDiagnostic>();
        try
        {
            if (TryParse<ConnectorKind>(Kind, "ConnectorKind", out var kind) & TryParse<AnalysisMode>(Mode, "ConnectorAnalysisMode", out var mode))
            {
                var warnings = new WarningOptions(NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors);
                var effective = Analyze(kind, mode ?? AnalysisMode.Default).Select(warnings.Apply).OfType<Diagnostic>().ToList();
                foreach (var diagnostic in effective.Where(d => !d.IsSuppressed))
                {
                    var entry = BuildDiagnostic.Create(diagnostic, ResolveHelpLink(diagnostic.Descriptor.HelpLinkUri));
                    entry.LogTo(Log);
                    logged.Add(entry);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.LogError($"The connector in '{Folder}' could not be analyzed: {exception.Message}");
        }

        if (Log.HasLoggedErrors)
        {
            File.Delete(CacheFile);
            return false;
        }

        BuildDiagnostic.Save(CacheFile, logged);
        return true;
    }

    private IEnumerable<Diagnostic> Analyze(ConnectorKind? kind, AnalysisMode mode)
    {
        var baseline = ReadBaseline(out var baselineProblem);
        var result = new AnalysisEngine([], new AnalysisOptions { Mode = mode }).Analyze(ConnectorProject.Load(Folder, kind), baseline);
        return baselineProblem is null ? result.Diagnostics : result.Diagnostics.Prepend(baselineProblem);
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
            problem = Diagnostic.Create(BaselineUnreadable, Location.InFile(path), Baseline);
        }

        return swagger;
    }

    private string ResolveHelpLink(string helpLink)
    {
        var baseAddress = string.IsNullOrWhiteSpace(HelpLinkBase) ? DefaultHelpLinkBase : HelpLinkBase.TrimEnd('/') + "/";
        return new Uri(new Uri(baseAddress), helpLink).AbsoluteUri;
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
