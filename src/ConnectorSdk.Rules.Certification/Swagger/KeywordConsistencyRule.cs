using System.Text.Json;
using System.Text.RegularExpressions;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1143: the validator's "should" checks of the validation keywords: a minimum is not above its maximum (minimum,
/// minLength, minItems, minProperties), and <c>pattern</c> is a regular expression, read as .NET's ECMAScript mode reads
/// it: JavaScript's syntax (what OpenAPI 2.0 specifies, identity escapes such as <c>\_</c> included) and .NET's own
/// constructs (lookbehind, <c>\p{L}</c>), so no second reading is needed. Patterns are parsed, never matched against a
/// value, each once per connector.
/// </summary>
public sealed class KeywordConsistencyRule : ConnectorAnalyzer
{
    /// <summary>Bounds any match would run under, should a pattern ever be matched: parsing alone does not match.</summary>
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private static readonly (string Minimum, string Maximum)[] Bounds =
        [("minimum", "maximum"), ("minLength", "maxLength"), ("minItems", "maxItems"), ("minProperties", "maxProperties")];

    private const string Title = "Minimums should not exceed their maximums, and patterns should be regular expressions";

    private const string Description = "The swagger validator warns when a minimum is above its maximum (MinimumShouldBeLessThanOrEqualToMaximum, MinLengthShouldBeLessThanOrEqualToMaxLength, MinItemsShouldBeLessThanOrEqualToMaxItems) and when a pattern is not a valid regular expression (PatternShouldBeValidRegularExpression): no value can satisfy the keywords, or a client cannot check them. The validator words these as \"should\", so this is a warning.";

    /// <summary>{0}: the element; {1}: the minimum keyword; {2}: its value; {3}: the maximum keyword; {4}: its value. Reported at the minimum.</summary>
    public static readonly DiagnosticDescriptor MinimumAboveMaximum = Create("The {1} of {0} ({2}) is greater than its {3} ({4}), so no value satisfies both; correct one of them");

    /// <summary>{0}: the element; {1}: why the pattern cannot be read. Reported at the pattern.</summary>
    public static readonly DiagnosticDescriptor PatternNotValid = Create("The pattern of {0} is not a valid regular expression ({1}); correct it, or remove it");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [MinimumAboveMaximum, PatternNotValid];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterConnectorStartAction(start =>
    {
        var problems = new Dictionary<string, string?>(StringComparer.Ordinal);
        start.RegisterSwaggerNodeAction(node => Analyze(node, problems), SchemaNodes.Kinds);
    });

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.KeywordBoundsInconsistent, Title, messageFormat, DiagnosticSeverity.Warning, Description, mode: AnalysisMode.Recommended, name: "MinimumShouldBeLessThanOrEqualToMaximum");

    /// <param name="problems">The patterns of this connector read so far, with why each cannot be read (null: it can).</param>
    private static void Analyze(SwaggerNodeContext context, Dictionary<string, string?> problems)
    {
        if (!SchemaNodes.DeclaresKeywords(context))
        {
            return;
        }

        var value = context.Value;
        foreach (var (minimum, maximum) in Bounds)
        {
            if (SchemaNodes.GetNumber(value, minimum) > SchemaNodes.GetNumber(value, maximum) && context.Node.TryGetProperty(minimum, out var low) && context.Node.TryGetProperty(maximum, out var high))
            {
                context.Report(MinimumAboveMaximum, low.Location, SchemaNodes.Describe(context.Path), minimum, JsonValueText.Show(low), maximum, JsonValueText.Show(high));
            }
        }

        if (value.TryGetProperty("pattern"u8, out var pattern) && pattern.ValueKind == JsonValueKind.String)
        {
            var text = pattern.GetString()!;
            if (!problems.TryGetValue(text, out var problem))
            {
                problem = Read(text);
                problems.Add(text, problem);
            }

            if (problem is not null)
            {
                context.Report(PatternNotValid, SchemaNodes.Locate(context, "pattern"), SchemaNodes.Describe(context.Path), problem);
            }
        }
    }

    /// <summary>Why the pattern cannot be read, or null when it can.</summary>
    private static string? Read(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.ECMAScript, MatchTimeout);
            return null;
        }
        catch (RegexParseException exception)
        {
            return $"{Words(exception.Error.ToString())} at offset {exception.Offset}";
        }
    }

    /// <summary>"InsufficientClosingParentheses" as "insufficient closing parentheses".</summary>
    private static string Words(string name)
        => string.Concat(name.Select((character, index) => char.IsUpper(character) ? (index == 0 ? "" : " ") + char.ToLowerInvariant(character) : character.ToString()));
}
