using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1154: a webhook trigger (an operation with <c>x-ms-trigger</c> that is a POST or has <c>x-ms-notification-content</c>,
/// its own or its path item's) has a property marked <c>x-ms-notification-url</c>, into which the platform puts the callback URL.
/// </summary>
public sealed class WebhookTriggerUrlRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation. At x-ms-trigger.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.WebhookNotificationUrlMissing,
        "A webhook trigger must have a callback URL property",
        $"Trigger {{0}} registers a webhook but no parameter or body property is marked {Webhooks.Mark}; mark the body property that carries the callback URL",
        DiagnosticSeverity.Error,
        $"A webhook trigger registers the flow's callback URL with the service: the platform fills the property marked {Webhooks.Mark} with it. Without one the service never learns where to post, and the swagger validator rejects the trigger (WebhookOperationsMissingNotificationUrlProperty). A polling trigger (a GET without {Webhooks.Content}) needs none.",
        name: "WebhookOperationsMissingNotificationUrlProperty");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        var operation = context.Operation;
        if (operation.Element.TryGetProperty("x-ms-trigger"u8, out var trigger)
            && (operation.Method == "post" || Webhooks.TryGetContent(operation, out _))
            && !Webhooks.IsWebhook(context.Swagger, operation))
        {
            context.Report(Rule, trigger.NameLocation, OperationNodes.Describe(operation));
        }
    }
}
