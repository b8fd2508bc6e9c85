using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1139: a response declares each header once, names compared ignoring letter case (the reader keeps only the last
/// of names repeated exactly, PPC0005), checked where the response is written; and its <c>examples</c> are for media
/// types the operation produces (the <c>produces</c> that applies to it), checked per operation, a shared response's
/// at the operation's <c>$ref</c>. An operation without a <c>produces</c> (its own or the document's) is left out.
/// </summary>
public sealed class ResponseHeadersAndExamplesRule : ConnectorAnalyzer
{
    private const string Title = "Response headers must be unique and examples only for produced media types";

    private const string Description = "The swagger validator rejects a response that declares a header twice (ResponseHeadersAreNotUnique; HTTP header names ignore letter case) and an example for a media type the operation does not produce (ResponseExampleMustBeProducedByOperation): OpenAPI 2.0 keys a response's examples by the types listed in 'produces'.";

    /// <summary>{0}: the header; {1}: the header it repeats; {2}: the response. Reported at the later name.</summary>
    public static readonly DiagnosticDescriptor DuplicateHeader = Create("The header '{0}' of {2} repeats the header '{1}'; header names ignore letter case: declare it once");

    /// <summary>{0}: the status code; {1}: the operation; {2}: the example's media type; {3}: what the operation produces.</summary>
    public static readonly DiagnosticDescriptor ExampleNotProduced = Create("The {0} response of operation {1} has an example for '{2}', which the operation does not produce (produces: {3}); give examples only for the types in 'produces', or add the type there");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DuplicateHeader, ExampleNotProduced];

    public override void Initialize(ConnectorAnalysisContext context)
    {
        context.RegisterSwaggerNodeAction(Headers, SwaggerNodeKind.Response);
        context.RegisterOperationAction(Examples);
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ResponseHeaderOrExample, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "ResponseHeadersAreNotUnique");

    private static void Headers(SwaggerNodeContext context)
    {
        if (context.Value.ValueKind != JsonValueKind.Object || !context.Value.TryGetProperty("headers"u8, out var headers) || headers.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var earlier = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers.EnumerateObject())
        {
            if (!earlier.TryAdd(header.Name, header.Name) && context.Node.TryGetProperty("headers", out var located))
            {
                context.Report(DuplicateHeader, located.Member(header).NameLocation, header.Name, earlier[header.Name], SchemaNodes.Describe(context.Path));
            }
        }
    }

    private static void Examples(OperationContext context)
    {
        if (MimeTypes.Produces(context.Swagger, context.Operation) is not { } produces)
        {
            return;
        }

        var produced = MimeTypes.Entries(produces).ToList();
        foreach (var response in ResponseNodes.Of(context.Operation))
        {
            if (!response.Element.TryGetProperty("examples", out var examples) || examples.Kind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var example in examples.Value.EnumerateObject())
            {
                if (!produced.Any(type => type.Essence == MimeTypes.Essence(example.Name)))
                {
                    var listed = produced.Count == 0 ? "none" : ValueLists.Quote([.. produced.Select(type => type.Entry.Value.GetString()!)]);
                    context.Report(ExampleNotProduced, ResponseNodes.Locate(response, examples.Member(example).NameLocation), response.StatusCode, OperationNodes.Describe(context.Operation), example.Name, listed);
                }
            }
        }
    }
}
