using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1155: a webhook (an operation that registers a callback URL) that is a trigger is a "single" one.</summary>
public sealed class WebhookTriggerKindRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation. At the value.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.WebhookTriggerNotSingle,
        "A webhook trigger should be a \"single\" trigger",
        $"Webhook trigger {{0}} has {Triggers.ExtensionName} \"{Triggers.Batch}\"; the service posts one event per callback: use \"{Triggers.Single}\"",
        DiagnosticSeverity.Warning,
        $"The webhook trigger documentation writes {Triggers.ExtensionName}: \"{Triggers.Single}\" on the registering operation and tells to include it so the trigger shows in the designer; each call to the callback URL is one event.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        if (Triggers.Of(context.Operation) == Triggers.Batch && Webhooks.IsWebhook(context.Swagger, context.Operation)
            && context.Operation.Element.TryGetProperty(Triggers.ExtensionName, out var trigger))
        {
            context.Report(Rule, trigger.Location, OperationNodes.Describe(context.Operation));
        }
    }
}
