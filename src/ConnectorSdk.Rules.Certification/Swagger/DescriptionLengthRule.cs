using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1037: the description has 30 to 500 characters.</summary>
internal sealed class DescriptionLengthRule : ConnectorAnalyzer
{
    public const int MinLength = 30;
    public const int MaxLength = 500;

    /// <summary>{0}: the description as JSON (shortened); {1}: its length.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.DescriptionLength,
        $"The connector description must have {MinLength} to {MaxLength} characters",
        $"Description {{0}} has {{1}} characters; certification requires {MinLength} to {MaxLength}",
        DiagnosticSeverity.Error,
        $"The validator rejects a connector description shorter than {MinLength} or longer than {MaxLength} characters (FieldLengthNotInRange).",
        ConnectorKinds.Certification,
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
