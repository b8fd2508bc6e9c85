using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1031: the title has at most 30 characters.</summary>
public sealed class TitleTooLongRule : ConnectorAnalyzer
{
    public const int MaxLength = 30;

    /// <summary>{0}: the title; {1}: its length.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.TitleTooLong,
        "The connector title must have at most 30 characters",
        "Title '{0}' has {1} characters; certification allows at most 30",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.All,
        "A connector title longer than 30 characters fails certification and is cut off in the designer; the style guide recommends the limit for every connector.",
        customSeverity: DiagnosticSeverity.Warning);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (ConnectorInfo.TryGetTitle(context.Swagger.Root, out var element, out var title) && title.Length > MaxLength)
        {
            context.Report(Rule, element.Location, title, title.Length);
        }
    }
}
