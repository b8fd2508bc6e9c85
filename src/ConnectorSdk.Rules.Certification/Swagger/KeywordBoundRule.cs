using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1109: the validation keywords the validator demands in a given form: the length, item and property counts
/// (<c>maxLength</c>, <c>minLength</c>, <c>maxItems</c>, <c>minItems</c>, <c>maxProperties</c>, <c>minProperties</c>) are
/// not negative, <c>multipleOf</c> is greater than zero, and <c>exclusiveMaximum</c>/<c>exclusiveMinimum</c> come with
/// the bound they qualify. The validator's "should" checks (a minimum above its maximum, a pattern that is not a regular
/// expression) are PPC1143's. Values of another JSON type are left alone.
/// </summary>
public sealed class KeywordBoundRule : ConnectorAnalyzer
{
    private const string Title = "Length and count limits must not be negative, multipleOf must be positive, exclusive bounds need their bound";

    private const string Description = "The swagger validator rejects a negative maxLength, minLength, maxItems, minItems, maxProperties or minProperties (MaxLengthMustBeGreaterThanOrEqualToZero and the like), a multipleOf of zero or less (MultipleOfMustBeGreaterThanZero), and exclusiveMaximum or exclusiveMinimum without maximum or minimum (ExclusiveMaximumRequiresMaximum, ExclusiveMinimumRequiresMinimum): no value could be valid, or the keyword qualifies nothing.";

    private static readonly string[] Counts = ["maxLength", "minLength", "maxItems", "minItems", "maxProperties", "minProperties"];

    private static readonly (string Exclusive, string Bound)[] Exclusives = [("exclusiveMaximum", "maximum"), ("exclusiveMinimum", "minimum")];

    /// <summary>{0}: the element; {1}: the keyword; {2}: its value. Reported at the value.</summary>
    public static readonly DiagnosticDescriptor Negative = Create("The {1} of {0} is {2}; a length or count must be 0 or more");

    /// <summary>{0}: the element; {1}: the value. Reported at the value.</summary>
    public static readonly DiagnosticDescriptor MultipleOfNotPositive = Create("The multipleOf of {0} is {1}; it must be greater than 0");

    /// <summary>{0}: the element; {1}: the exclusive keyword; {2}: the bound it needs. Reported at the exclusive keyword.</summary>
    public static readonly DiagnosticDescriptor BoundMissing = Create("The {0} has {1} but no {2}; add {2}, or remove {1}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Negative, MultipleOfNotPositive, BoundMissing];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SchemaNodes.Kinds);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.KeywordBoundNotValid, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "MaxLengthMustBeGreaterThanOrEqualToZero");

    private static void Analyze(SwaggerNodeContext context)
    {
        if (!SchemaNodes.DeclaresKeywords(context))
        {
            return;
        }

        var value = context.Value;
        foreach (var keyword in Counts)
        {
            if (SchemaNodes.GetNumber(value, keyword) < 0)
            {
                context.Report(Negative, SchemaNodes.Locate(context, keyword), SchemaNodes.Describe(context.Path), keyword, Shown(context, keyword));
            }
        }

        if (SchemaNodes.GetNumber(value, "multipleOf") <= 0)
        {
            context.Report(MultipleOfNotPositive, SchemaNodes.Locate(context, "multipleOf"), SchemaNodes.Describe(context.Path), Shown(context, "multipleOf"));
        }

        foreach (var (exclusive, bound) in Exclusives)
        {
            if (value.TryGetProperty(exclusive, out _) && !value.TryGetProperty(bound, out _))
            {
                context.Report(BoundMissing, SchemaNodes.Locate(context, exclusive), SchemaNodes.Describe(context.Path), exclusive, bound);
            }
        }
    }

    private static string Shown(SwaggerNodeContext context, string keyword)
        => context.Node.TryGetProperty(keyword, out var located) ? JsonValueText.Show(located) : "";
}
