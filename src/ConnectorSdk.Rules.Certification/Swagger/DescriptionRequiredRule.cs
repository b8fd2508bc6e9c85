using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1036: <c>info.description</c> is a non-blank string.</summary>
internal sealed class DescriptionRequiredRule : ConnectorAnalyzer
{
    private const string Title = "The connector must have a description";

    private const string Description = "info.description tells users what the connector's service does; certification requires one.";

    private static readonly string Advice =
        $"a certified connector needs a description of {DescriptionLengthRule.MinLength} to {DescriptionLengthRule.MaxLength} characters in 'info.description'";

    public static readonly DiagnosticDescriptor Missing = Create($"'info' has no 'description'; {Advice}");

    /// <summary>{0}: the description's JSON type.</summary>
    public static readonly DiagnosticDescriptor NotString = Create($"'info.description' is {{0}}, not a string; {Advice}");

    public static readonly DiagnosticDescriptor Blank = Create($"'info.description' is blank; {Advice}");

    private static readonly ConnectorInfo.RequiredString Findings = new(Missing, NotString, Blank);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Missing, NotString, Blank];

    public override void Initialize(ConnectorAnalysisContext context)
        => context.RegisterSwaggerAction(swagger => ConnectorInfo.ReportMissingString(swagger, Findings, ConnectorInfo.Description));

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.DescriptionMissing, Title, messageFormat, DiagnosticSeverity.Error, Description, ConnectorKinds.Certification);
}
