using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1080: <c>x-ms-notification</c> sits on a trigger (an operation with <c>x-ms-trigger</c>) that is not itself a
/// webhook, and the operation it names is a webhook: one that registers a callback URL, a parameter or body property
/// marked <c>x-ms-notification-url</c>. A name that matches no operation is PPC1055's.
/// </summary>
public sealed class NotificationRule : ConnectorAnalyzer
{
    private const string Extension = "x-ms-notification";

    private const string Title = "x-ms-notification belongs on triggers and must name a webhook operation";

    private const string Description = "x-ms-notification lets a polling trigger be served by a webhook of the same connector: the validator accepts it only on a trigger (NotificationExtensionSupportedForTriggerOnly), never on the webhook operation itself (NotificationExtensionNotSupportedInWebhookOperation), and its operationId must name a webhook, an operation that registers a callback URL marked x-ms-notification-url (NotificationOperationMustBeWebhook).";

    /// <summary>{0}: the operation. On the extension's name.</summary>
    public static readonly DiagnosticDescriptor NotTrigger = Create($"Operation {{0}} has {Extension} but is not a trigger (no x-ms-trigger); only a trigger can be served by a webhook");

    /// <summary>{0}: the operation. On the extension's name.</summary>
    public static readonly DiagnosticDescriptor OnWebhook = Create($"Operation {{0}} is a webhook (it registers an x-ms-notification-url) and cannot have {Extension}; put it on the trigger the webhook serves");

    /// <summary>{0}: the operation; {1}: the operationId it names. On the operationId.</summary>
    public static readonly DiagnosticDescriptor TargetNotWebhook = Create($"Operation {{0}} {Extension} names operation '{{1}}', which is not a webhook (it registers no x-ms-notification-url); name the webhook operation");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NotTrigger, OnWebhook, TargetNotWebhook];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        var operation = context.Operation;
        if (!operation.Element.TryGetProperty(Extension, out var notification))
        {
            return;
        }

        var name = OperationNodes.Describe(operation);
        if (!operation.Element.TryGetProperty("x-ms-trigger", out _))
        {
            context.Report(NotTrigger, notification.NameLocation, name);
        }
        else if (Webhooks.IsWebhook(context.Swagger, operation))
        {
            context.Report(OnWebhook, notification.NameLocation, name);
        }

        if (notification.TryGetProperty("operationId", out var id) && id.Kind == JsonValueKind.String
            && context.Swagger.Operations.FirstOrDefault(other => other.OperationId == id.Value.GetString()) is { } target
            && !Webhooks.IsWebhook(context.Swagger, target))
        {
            context.Report(TargetNotWebhook, id.Location, name, target.OperationId);
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.NotificationInvalid, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "NotificationOperationMustBeWebhook");
}
