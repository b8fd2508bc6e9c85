using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1037: the description has 30 to 500 characters.</summary>
public sealed class DescriptionLengthRule : ConnectorAnalyzer
{
    public const int MinLength = 30;
    public const int MaxLength = 500;

    /// <summary>{0}: the description (shortened); {1}: its length.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.DescriptionLength,
        "The connector description must have 30 to 500 characters",
        "Description {0} has {1} characters; certification requires 30 to 500",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.Certification,
        "The validator rejects a connector description shorter than 30 or longer than 500 characters (FieldLengthNotInRange).",
        name: "FieldLengthNotInRange");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (ConnectorInfo.TryGetDescription(context.Swagger.Root, out var element, out var description)
            && description.Length is < MinLength or > MaxLength)
        {
            context.Report(Rule, element.Location, JsonValueText.Show(element), description.Length);
        }
    }
}
