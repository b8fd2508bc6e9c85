using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1031: the title has at most 30 characters.</summary>
internal sealed class TitleTooLongRule : ConnectorAnalyzer
{
    public const int MaxLength = 30;

    /// <summary>{0}: the title; {1}: its length.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.TitleTooLong,
        $"The connector title must have at most {MaxLength} characters",
        $"Title '{{0}}' has {{1}} characters; certification allows at most {MaxLength}",
        DiagnosticSeverity.Error,
        $"A connector title longer than {MaxLength} characters fails certification and is cut off in the designer; the style guide recommends the limit for every connector.",
        custom: DiagnosticSeverity.Warning);

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
