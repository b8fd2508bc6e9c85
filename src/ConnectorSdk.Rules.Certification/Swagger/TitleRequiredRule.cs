using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1030: <c>info.title</c> is a non-blank string (the connector's display name).</summary>
public sealed class TitleRequiredRule : ConnectorAnalyzer
{
    /// <summary>{0}: what is wrong with the title.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.TitleMissing,
        "The connector must have a title",
        "{0}; a certified connector needs a title in 'info.title', the name users see",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.Certification,
        "info.title is the connector's name in Power Platform; certification requires one.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context)
        => context.RegisterSwaggerAction(swagger => ConnectorInfo.ReportMissingString(swagger, Rule, ConnectorInfo.Title));
}
