using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1187: <c>x-ms-api-annotation.status</c> is written "Preview" or "Production", as documented. The platform
/// accepts any letter case (published connectors write "production"), so this is a warning, once per file, at the
/// first status written otherwise.
/// </summary>
internal sealed class ApiAnnotationStatusCaseRule : ConnectorAnalyzer
{
    /// <summary>{0}: the status as written, as JSON; {1}: the documented spelling; {2}: how many statuses of the file are written otherwise.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ApiAnnotationStatusCase,
        $"x-ms-api-annotation status should be written \"{ApiAnnotationStatusRule.Preview}\" or \"{ApiAnnotationStatusRule.Production}\"",
        "x-ms-api-annotation status {0} should be written \"{1}\" (statuses in another letter case in this file: {2})",
        DiagnosticSeverity.Warning,
        $"The documentation spells the release statuses \"{ApiAnnotationStatusRule.Preview}\" and \"{ApiAnnotationStatusRule.Production}\". The platform reads them in any letter case; tools that compare exactly miss other spellings.",
        mode: AnalysisMode.Recommended);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        SourceElement? first = null;
        var documented = "";
        var count = 0;
        foreach (var status in ApiAnnotationStatusRule.Statuses(context))
        {
            if (ApiAnnotationStatusRule.Canonical(status) is { } known && known != status.Value.GetString())
            {
                if (count++ == 0)
                {
                    first = status;
                    documented = known;
                }
            }
        }

        if (first is { } written)
        {
            context.Report(Rule, written.Location, JsonValueText.Show(written), documented, count);
        }
    }
}
