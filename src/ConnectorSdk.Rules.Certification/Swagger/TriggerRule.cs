using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1150: <c>x-ms-trigger</c> is "single" or "batch", and only on operations.</summary>
public sealed class TriggerRule : ConnectorAnalyzer
{
    private const string Title = "x-ms-trigger must be \"single\" or \"batch\", on an operation";

    private const string Description = $"{Triggers.ExtensionName} makes an operation a trigger: \"{Triggers.Single}\" fires once per event (an object response), \"{Triggers.Batch}\" once per batch (an array response). The extensions documentation defines no other value and the extension nowhere but on operations; anywhere else it does nothing.";

    /// <summary>{0}: the operation; {1}: the value as JSON. At the value.</summary>
    public static readonly DiagnosticDescriptor UnknownValue = Create($"Operation {{0}} has {Triggers.ExtensionName} {{1}}; expected \"{Triggers.Single}\" or \"{Triggers.Batch}\" (leave it out for an action)");

    /// <summary>{0}: the object holding it. At the extension's name.</summary>
    public static readonly DiagnosticDescriptor Misplaced = Create($"{Triggers.ExtensionName} is on {{0}}, but only an operation can be a trigger; move it to the operation or remove it");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [UnknownValue, Misplaced];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerExtensionAction(Analyze);

    private static void Analyze(SwaggerMemberContext context)
    {
        if (!context.Member.NameEquals(Triggers.ExtensionName))
        {
            return;
        }

        if (context.OwnerKind != SwaggerNodeKind.Operation)
        {
            context.Report(Misplaced, context.Element.NameLocation, ExtensionNames.DescribeOwner(context));
        }
        else if (!(context.Member.Value.ValueKind == JsonValueKind.String && Triggers.Values.Contains(context.Member.Value.GetString()!, StringComparer.Ordinal)))
        {
            context.Report(UnknownValue, context.Element.Location, OperationNodes.Describe(context.Path), JsonValueText.Show(context.Element));
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.TriggerNotValid, Title, messageFormat, DiagnosticSeverity.Error, Description);
}
