using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1095: no parameter takes a name the platform reserves (connectionId; the list is configurable), in any letter case.</summary>
public sealed class ReservedParameterNameRule : ConnectorAnalyzer
{
    /// <summary>The .editorconfig key that replaces the reserved names (comma-separated).</summary>
    public const string NamesKey = ValueLists.ReservedParameterNamesKey;

    /// <summary>{0}: the parameter; {1}: the reserved name it matches. Reported at its name.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ReservedParameterName,
        "Parameters cannot use a reserved name such as connectionId",
        "Parameter {0} takes the name '{1}', which the platform reserves for itself; rename the parameter",
        DiagnosticSeverity.Error,
        $"The platform adds parameters of its own to every request, such as the connection's id: the swagger validator rejects a parameter named 'connectionId' (ConnectionIdParameterNotAllowed) or another reserved name (ReservedParameterIsUsed). The validator publishes no other name; more can be listed with {NamesKey}.",
        name: "ConnectionIdParameterNotAllowed");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterConnectorStartAction(start =>
    {
        var reserved = new ConfiguredList(NamesKey, ValueLists.ReservedParameterNames);
        start.RegisterSwaggerNodeAction(node => Analyze(node, reserved), SwaggerNodeKind.Parameter);
    });

    private static void Analyze(SwaggerNodeContext context, ConfiguredList reserved)
    {
        if (Parameters.GetString(context.Value, "name"u8) is { } name
            && reserved.For(context, context.Swagger.Root.File).FirstOrDefault(word => string.Equals(word, name, StringComparison.OrdinalIgnoreCase)) is { } match)
        {
            context.Report(Rule, Parameters.Locate(context.Node), Parameters.Describe(context.Value), match);
        }
    }
}
