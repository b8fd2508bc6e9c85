using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1156: a connector with a webhook trigger has a DELETE operation, with which the platform removes the webhook.</summary>
public sealed class WebhookDeleteRule : ConnectorAnalyzer
{
    /// <summary>{0}: the first webhook trigger. At its x-ms-trigger.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.WebhookDeleteMissing,
        "A connector with a webhook trigger should have a DELETE operation to remove the webhook",
        $"Webhook trigger {{0}} registers callbacks, but the connector has no DELETE operation; when a flow is turned off or deleted the platform calls DELETE on the URL of the registration's Location header: add that operation (internal)",
        DiagnosticSeverity.Warning,
        "\"Use a webhook as a trigger\" says the definition must include how to delete the webhook: when a flow is turned off or deleted, the platform sends DELETE to the URL the registration returned in its Location header, and without that operation the service keeps posting to a dead callback. Which path the DELETE has is not fixed (certified connectors use paths of every shape), so any DELETE operation satisfies the rule; a certified connector without one was accepted, so this is a warning.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var operations = context.Swagger.Operations;
        if (!operations.Any(operation => operation.Method == "delete")
            && operations.FirstOrDefault(operation => Webhooks.IsTrigger(context.Swagger, operation)) is { } trigger
            && trigger.Element.TryGetProperty(Triggers.ExtensionName, out var extension))
        {
            context.Report(Rule, extension.NameLocation, OperationNodes.Describe(trigger));
        }
    }
}
