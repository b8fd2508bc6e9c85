using System.Net;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1093: parameter and response descriptions are in sentence case (the heuristic of <see cref="SentenceCase"/>).
/// Internal parameters are left out (never shown), and a response description may start with its status code's
/// reason phrase ("Not Found"). Response properties' descriptions are PPC1140's.
/// </summary>
public sealed class DescriptionSentenceCaseRule : ConnectorAnalyzer
{
    /// <summary>{0}: the parameter or response; {1}: the capitalized words, quoted. Reported at the description.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.DescriptionSentenceCase,
        "Parameter and response descriptions should be in sentence case",
        $"The description of {{0}} capitalizes {{1}}; write descriptions in sentence case (list proper nouns in {ValueLists.ProperNounsKey})",
        DiagnosticSeverity.Warning,
        $"The connector string guidance and the OpenAPI extensions page write descriptions, the tooltips of inputs and outputs, in sentence case: only the first word of a sentence and proper nouns start with a capital. A heuristic: the connector title's words and {ValueLists.ProperNounsKey} are proper nouns.",
        mode: AnalysisMode.Recommended);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterConnectorStartAction(start =>
    {
        HashSet<string>? properNouns = null;
        start.RegisterSwaggerNodeAction(node => Analyze(node, () => properNouns ??= ProperNouns.For(node, node.Swagger)), SwaggerNodeKind.Parameter, SwaggerNodeKind.Response);
    });

    private static void Analyze(SwaggerNodeContext context, Func<HashSet<string>> properNouns)
    {
        if (!OperationNodes.TryGetString(context, "description"u8, out var description) || Visibility.IsInternal(context.Value))
        {
            return;
        }

        var words = SentenceCase.TitleCasedWords(context.Kind == SwaggerNodeKind.Response ? AfterReasonPhrase(description, context.Path.Name(context.Path.Depth - 1)) : description, properNouns);
        if (words.Count > 0)
        {
            var owner = context.Kind == SwaggerNodeKind.Parameter ? $"parameter {Parameters.Describe(context.Value)}" : SchemaNodes.Describe(context.Path);
            context.Report(Rule, SchemaNodes.Locate(context, "description"), owner, ValueLists.Quote(words));
        }
    }

    /// <summary>
    /// The description after the reason phrase of its status code ("Not Found", "Internal Server Error"), which HTTP
    /// writes in title case; the whole description when it does not start with it.
    /// </summary>
    private static string AfterReasonPhrase(string description, string? statusCode)
    {
        if (!int.TryParse(statusCode, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
            || Enum.GetName((HttpStatusCode)code) is not { } phrase)
        {
            return description;
        }

        // The enum's name is the phrase without its spaces: "NotFound".
        var matched = 0;
        for (var i = 0; i < description.Length; i++)
        {
            if (matched == phrase.Length)
            {
                return description[i..];
            }

            if (description[i] is ' ' or '-')
            {
                continue;
            }

            if (char.ToUpperInvariant(description[i]) != char.ToUpperInvariant(phrase[matched++]))
            {
                return description;
            }
        }

        return matched == phrase.Length ? "" : description;
    }
}
