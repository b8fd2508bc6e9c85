using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1030: <c>info.title</c> is a non-blank string (the connector's display name).</summary>
internal sealed class TitleRequiredRule : ConnectorAnalyzer
{
    private const string Title = "The connector must have a title";

    private const string Description = "info.title is the connector's name in Power Platform; certification requires one.";

    private const string Advice = "a certified connector needs a title in 'info.title', the name users see";

    public static readonly DiagnosticDescriptor Missing = Create($"'info' has no 'title'; {Advice}");

    /// <summary>{0}: the title's JSON type.</summary>
    public static readonly DiagnosticDescriptor NotString = Create($"'info.title' is {{0}}, not a string; {Advice}");

    public static readonly DiagnosticDescriptor Blank = Create($"'info.title' is blank; {Advice}");

    private static readonly ConnectorInfo.RequiredString Findings = new(Missing, NotString, Blank);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Missing, NotString, Blank];

    public override void Initialize(ConnectorAnalysisContext context)
        => context.RegisterSwaggerAction(swagger => ConnectorInfo.ReportMissingString(swagger, Findings, ConnectorInfo.Title));

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.TitleMissing, Title, messageFormat, DiagnosticSeverity.Error, Description, ConnectorKinds.Certification);
}
