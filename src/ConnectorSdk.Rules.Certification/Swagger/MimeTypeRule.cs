using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1072: every entry of a <c>consumes</c> list (the document's or an operation's) is a media type, <c>type/subtype</c>
/// with optional parameters. Whether an operation that sends content lists a supported one is PPC1084's warning.
/// </summary>
public sealed class MimeTypeRule : ConnectorAnalyzer
{
    /// <summary>{0}: the entry as JSON; {1}: where the list is ('the document' or the operation).</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.MimeTypeNotValid,
        "consumes must list valid media types",
        "consumes of {1} lists {0}, which is not a media type; write type/subtype, such as \"application/json\"",
        DiagnosticSeverity.Error,
        $"The validator rejects a consumes entry that is not a media type (MimeTypeNotValid): the platform sends it as the request's Content-Type. The request types it supports are {ValueLists.Quote(MimeTypes.Supported)}.",
        name: "MimeTypeNotValid");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context)
        => context.RegisterSwaggerMemberAction(Analyze, SwaggerNodeKind.Document, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerMemberContext context)
    {
        if (!context.Member.NameEquals("consumes"u8) || context.Member.Value.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var index = 0;
        foreach (var entry in context.Member.Value.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.String && !MimeTypes.Valid().IsMatch(entry.GetString()!))
            {
                var located = context.Element.Item(entry, index);
                var owner = context.OwnerKind == SwaggerNodeKind.Document ? "the document" : $"operation {OperationNodes.Describe(context.Path)}";
                context.Report(Rule, located.Location, JsonValueText.Show(located), owner);
            }

            index++;
        }
    }
}
