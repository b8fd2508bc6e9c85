using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1151: <c>x-ms-trigger-hint</c> is a string, on a trigger operation (one with <c>x-ms-trigger</c>).</summary>
public sealed class TriggerHintRule : ConnectorAnalyzer
{
    private const string ExtensionName = "x-ms-trigger-hint";

    private const string Title = "x-ms-trigger-hint should be a string on a trigger";

    private const string Description = $"{ExtensionName} is the text the designer shows while a user tests a trigger (\"To see it work now, create an item\"). The extensions documentation gives it to trigger operations as a string; anywhere else it is never shown.";

    /// <summary>{0}: the operation. At the extension's name.</summary>
    public static readonly DiagnosticDescriptor NotTrigger = Create($"Operation {{0}} has {ExtensionName} but is not a trigger (no {Triggers.ExtensionName}); the hint is shown only for triggers: remove it, or make the operation a trigger");

    /// <summary>{0}: the object holding it. At the extension's name.</summary>
    public static readonly DiagnosticDescriptor Misplaced = Create($"{ExtensionName} is on {{0}}, but only a trigger operation can have a hint; move it to the trigger or remove it");

    /// <summary>{0}: the operation; {1}: the value's JSON type. At the value.</summary>
    public static readonly DiagnosticDescriptor NotString = Create($"The {ExtensionName} of operation {{0}} is {{1}}; expected a string, the text shown while the trigger is tested");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NotTrigger, Misplaced, NotString];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerExtensionAction(Analyze);

    private static void Analyze(SwaggerMemberContext context)
    {
        if (!context.Member.NameEquals(ExtensionName))
        {
            return;
        }

        if (context.OwnerKind != SwaggerNodeKind.Operation)
        {
            context.Report(Misplaced, context.Element.NameLocation, ExtensionNames.DescribeOwner(context));
            return;
        }

        var operation = OperationNodes.Describe(context.Path);
        if (!context.Path.Current.TryGetProperty(Triggers.ExtensionName, out _))
        {
            context.Report(NotTrigger, context.Element.NameLocation, operation);
        }

        if (context.Member.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            context.Report(NotString, context.Element.Location, operation, JsonKindNames.Describe(context.Member.Value.ValueKind));
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.TriggerHintMisplaced, Title, messageFormat, DiagnosticSeverity.Warning, Description);
}
