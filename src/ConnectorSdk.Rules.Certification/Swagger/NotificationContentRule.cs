using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1153: a webhook operation (one that registers a callback URL marked <c>x-ms-notification-url</c>) declares
/// <c>x-ms-notification-content</c> with a schema, on itself or on its path item.
/// </summary>
public sealed class NotificationContentRule : ConnectorAnalyzer
{
    private const string Title = "A webhook must describe its notifications with x-ms-notification-content";

    private const string Description = $"What the service posts to a webhook's callback URL becomes the trigger's outputs: the platform reads it from the {Webhooks.Content} schema of the registering operation or of its path item, and the swagger validator rejects a webhook without it (OperationMustHaveNotificationContentExtension).";

    /// <summary>{0}: the operation. At the operation's method.</summary>
    public static readonly DiagnosticDescriptor Missing = Create($"Webhook operation {{0}} registers a callback URL but neither it nor its path item has {Webhooks.Content}; describe what the service posts to the callback with a schema");

    /// <summary>{0}: the operation. At the extension's name.</summary>
    public static readonly DiagnosticDescriptor NoSchema = Create($"The {Webhooks.Content} of webhook operation {{0}} has no schema; give the schema of what the service posts to the callback URL");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Missing, NoSchema];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        var operation = context.Operation;
        if (!Webhooks.IsWebhook(context.Swagger, operation))
        {
            return;
        }

        if (!Webhooks.TryGetContent(operation, out var content))
        {
            context.Report(Missing, operation.Element.NameLocation, OperationNodes.Describe(operation));
        }
        else if (content.Kind == JsonValueKind.Object && !content.TryGetProperty("schema"u8, out _))
        {
            context.Report(NoSchema, content.NameLocation, OperationNodes.Describe(operation));
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.NotificationContentMissing, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "OperationMustHaveNotificationContentExtension");
}
