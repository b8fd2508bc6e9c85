using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1068: an operation's summary and description hold no CamelCase words (<c>nextLink</c>, <c>ItemId</c>), which
/// translation treats as code and leaves untranslated. The connector title's words and the configured proper nouns
/// (SharePoint, OneDrive) are allowed.
/// </summary>
public sealed class CamelCaseWordsRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation; {1}: the member (summary or description); {2}: the words, quoted.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.CamelCaseWords,
        "Operation summaries and descriptions should not contain CamelCase words",
        $"Operation {{0}} {{1}} contains {{2}}; translation leaves CamelCase words untranslated: write them as words (list proper nouns in {ValueLists.ProperNounsKey})",
        DiagnosticSeverity.Warning,
        $"The certification guide asks for user-visible strings without CamelCase words, which the localization tools treat as non-translatable code, and for capitalized abbreviations. A heuristic: the connector title's words and {ValueLists.ProperNounsKey} are proper nouns. Microsoft's own connectors are not held to it.",
        ConnectorKinds.Certification,
        AnalysisMode.Recommended);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerNodeContext context)
    {
        // A verified-publisher submission rule: Microsoft's own connectors are not held to it.
        if (context.Connector.IsMicrosoftPublished)
        {
            return;
        }

        HashSet<string>? properNouns = null;
        Check(context, "summary"u8, "summary", ref properNouns);
        Check(context, "description"u8, "description", ref properNouns);
    }

    private static void Check(SwaggerNodeContext context, ReadOnlySpan<byte> utf8Member, string member, ref HashSet<string>? properNouns)
    {
        if (!OperationNodes.TryGetString(context, utf8Member, out var text) || !ProperNouns.Words(text).Any(IsCamelCase))
        {
            return;
        }

        var allowed = properNouns ??= ProperNouns.For(context, context.Swagger);
        var found = ProperNouns.Words(text).Where(IsCamelCase).Where(word => !allowed.Contains(word)).Distinct().ToArray();
        if (found.Length > 0)
        {
            context.Report(Rule, OperationNodes.Locate(context, member), OperationNodes.Describe(context.Path), member, ValueLists.Quote(found));
        }
    }

    /// <summary>A word of letters with an upper-case letter after a lower-case one: "nextLink", "ItemId" (not "URL", "Items", "iOS7").</summary>
    internal static bool IsCamelCase(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]))
            {
                return word.All(char.IsLetter);
            }
        }

        return false;
    }
}
