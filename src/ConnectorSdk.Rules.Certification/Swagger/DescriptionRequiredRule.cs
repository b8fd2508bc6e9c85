using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1036: <c>info.description</c> is a non-blank string.</summary>
public sealed class DescriptionRequiredRule : ConnectorAnalyzer
{
    /// <summary>{0}: what is wrong with the description.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.DescriptionMissing,
        "The connector must have a description",
        "{0}; a certified connector needs a description of 30 to 500 characters in 'info.description'",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.Certification,
        "info.description tells users what the connector's service does; certification requires one.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context)
        => context.RegisterSwaggerAction(swagger => ConnectorInfo.ReportMissingString(swagger, Rule, ConnectorInfo.Description));
}
