using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1142: a non-body parameter that is internal and has a default, but is not required. A warning, where PPC1106 (the
/// same on a body property) is an error: certified connectors accepted as late as 2024 have such parameters.
/// </summary>
public sealed class InternalParameterOptionalRule : ConnectorAnalyzer
{
    /// <summary>{0}: the parameter. Reported at its name.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.InternalParameterOptional,
        "An internal parameter with a default should be required",
        "Parameter {0} is internal and has a default but is not required; only required parameters are sure to be sent: make it required, or leave it if the request may go without it",
        DiagnosticSeverity.Warning,
        "Users never see an internal parameter, so only its default can fill it, and only required ones are sure to be included in requests. The swagger validator warns about it (InternalPropertyWithDefaultOptional) and leaves it to you when that is intended; certified connectors have such parameters, so this is a warning.",
        mode: AnalysisMode.Recommended,
        name: "InternalPropertyWithDefaultOptional");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Parameter);

    private static void Analyze(SwaggerNodeContext context)
    {
        var parameter = context.Value;
        if (Parameters.GetString(parameter, "in"u8) is { } location && location != Parameters.Body && Visibility.IsInternal(parameter)
            && parameter.TryGetProperty("default"u8, out _) && !(parameter.TryGetProperty("required"u8, out var required) && required.ValueKind == JsonValueKind.True))
        {
            context.Report(Rule, Parameters.Locate(context.Node), Parameters.Describe(parameter));
        }
    }
}
