using System.Buffers;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1058: an operation's summary contains none of the characters the validator restricts, <c>/ \ &lt; &gt; * % &amp; ?</c>.</summary>
public sealed class SummaryRestrictedCharactersRule : ConnectorAnalyzer
{
    /// <summary>The validator's set, in the order its message gives it ("[/\&lt;&gt;*%&amp;?]").</summary>
    public const string Restricted = @"/\<>*%&?";

    /// <summary>The same set as UTF-8 bytes: each is ASCII, so a summary is searched in place and decoded only when it has one.</summary>
    private static readonly SearchValues<byte> RestrictedBytes = SearchValues.Create(System.Text.Encoding.ASCII.GetBytes(Restricted));

    /// <summary>{0}: the operation; {1}: the summary; {2}: the restricted characters it contains, quoted.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.SummaryRestrictedCharacters,
        "Operation summaries must not contain / \\ < > * % & or ?",
        "Operation {0} summary \"{1}\" contains {2}; the validator rejects summaries with any of / \\ < > * % & ?",
        DiagnosticSeverity.Error,
        "The swagger validator rejects an operation summary that contains any of the characters / \\ < > * % & ? (\"Summary string contains any of the restricted characters [/\\<>*%&?]\"); write 'or' or 'and' instead of '/' and '&', and leave out the question mark.",
        name: "RestrictedCharactersInSummary");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (OperationNodes.TryGetUtf8(context, "summary"u8, out var utf8) && utf8.ContainsAny(RestrictedBytes)
            && OperationNodes.TryGetString(context, "summary"u8, out var summary))
        {
            var found = Restricted.Where(summary.Contains).Select(c => c.ToString()).ToArray();
            context.Report(Rule, OperationNodes.Locate(context, "summary"), OperationNodes.Describe(context.Path), summary, ValueLists.Quote(found));
        }
    }
}
