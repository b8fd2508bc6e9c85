using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1157: a webhook trigger's 200 or 201 response declares the <c>Location</c> header, the URL that deletes the webhook.</summary>
public sealed class WebhookLocationRule : ConnectorAnalyzer
{
    private const string Header = "Location";

    /// <summary>{0}: the status code; {1}: the operation. At the response's status code.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.WebhookLocationMissing,
        "A webhook trigger's response should declare the Location header",
        $"The {{0}} response of webhook trigger {{1}} declares no {Header} header; the service must return in it the URL that deletes the webhook: add \"headers\": {{{{ \"{Header}\": {{{{ \"type\": \"string\" }}}} }}}}",
        DiagnosticSeverity.Warning,
        $"\"Use a webhook as a trigger\" says the registration must return a {Header} header in its 201 response: the platform calls DELETE on that URL to remove the webhook. What the service returns is runtime behaviour that a file cannot show, and most certified webhook connectors do not declare the header, so this is a warning in Recommended mode.",
        mode: AnalysisMode.Recommended);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        if (!Webhooks.IsTrigger(context.Swagger, context.Operation))
        {
            return;
        }

        var outputs = ResponseNodes.Of(context.Operation).Where(response => ResponseNodes.OutputStatuses.Contains(response.StatusCode)).ToList();
        if (outputs.Count > 0 && !outputs.Any(DeclaresLocation))
        {
            context.Report(Rule, outputs[0].Declaration.NameLocation, outputs[0].StatusCode, OperationNodes.Describe(context.Operation));
        }
    }

    private static bool DeclaresLocation(SwaggerResponse response)
        => response.Element.Value.ValueKind == JsonValueKind.Object && response.Element.Value.TryGetProperty("headers"u8, out var headers) && headers.ValueKind == JsonValueKind.Object
            && headers.EnumerateObject().Any(header => string.Equals(header.Name, Header, StringComparison.OrdinalIgnoreCase));
}
