using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1033: the title ends with a letter or digit, or the ')' of a parenthesized suffix. A bracketed suffix such as
/// "[DEPRECATED]" gets the parenthesized form in the message ("(deprecated)", the deprecation marker).
/// </summary>
internal sealed class TitleEndRule : ConnectorAnalyzer
{
    private const string Title = "The connector title must end with a letter, a digit or ')'";

    private const string Advice = "a connector title must end with a letter, a digit or a closing parenthesis";

    /// <summary>The suffix that marks a deprecated connector or operation, written in parentheses.</summary>
    private const string Deprecated = "deprecated";

    /// <summary>{0}: the title; {1}: its last character, named ('a space', '.').</summary>
    public static readonly DiagnosticDescriptor Rule = Create($"Title '{{0}}' ends with {{1}}; {Advice}");

    /// <summary>{0}: the title; {1}: its bracketed suffix as written; {2}: the suffix in parentheses.</summary>
    public static readonly DiagnosticDescriptor BracketedSuffix = Create($"Title '{{0}}' ends with ']'; write the suffix '{{1}}' as '{{2}}': {Advice}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule, BracketedSuffix];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (!ConnectorInfo.TryGetTitle(context.Swagger.Root, out var element, out var title) || !TextEnds.TryGetBadEnd(title, out var last))
        {
            return;
        }

        if (last.Value == ']' && title.LastIndexOf('[') is var open and >= 0)
        {
            var suffix = title[open..];
            var inner = suffix[1..^1].Trim();
            context.Report(BracketedSuffix, element.Location, title, suffix, $"({(inner.Equals(Deprecated, StringComparison.OrdinalIgnoreCase) ? Deprecated : inner)})");
        }
        else
        {
            context.Report(Rule, element.Location, title, TextEnds.Describe(last));
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(
            RuleIds.TitleEnd,
            Title,
            messageFormat,
            DiagnosticSeverity.Error,
            "The validator rejects a title that ends with anything but an alphanumeric character (ValueMustEndWithAlphanumeric), including a space or line break. A closing parenthesis is accepted, as in 'Asite (Canada)'; a bracketed suffix such as '[DEPRECATED]' is written in parentheses, '(deprecated)'.",
            ConnectorKinds.Certification,
            name: "ValueMustEndWithAlphanumeric");
}
