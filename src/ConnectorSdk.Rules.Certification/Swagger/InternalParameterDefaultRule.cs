using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1105: a required parameter hidden from users (internal) has a default, the value the platform sends. A body
/// parameter is left out: its schema's properties carry the defaults, which PPC1106 checks.
/// </summary>
public sealed class InternalParameterDefaultRule : ConnectorAnalyzer
{
    /// <summary>{0}: the parameter. Reported at its name.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.InternalParameterDefaultMissing,
        "An internal required parameter needs a default",
        "Parameter {0} is internal and required but has no default; users never see it, so the request would lack it: add a default, or make it visible",
        DiagnosticSeverity.Error,
        "The OpenAPI extensions documentation says a parameter marked \"x-ms-visibility\": \"internal\" and required must have a default value: users cannot enter it, so the default is what the platform sends. Body parameters are left out: their schema's properties carry the defaults.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Parameter);

    private static void Analyze(SwaggerNodeContext context)
    {
        var parameter = context.Value;
        if (Parameters.GetString(parameter, "in"u8) is { } location && location != Parameters.Body && Visibility.IsInternal(parameter)
            && parameter.TryGetProperty("required"u8, out var required) && required.ValueKind == JsonValueKind.True
            && !parameter.TryGetProperty("default"u8, out _))
        {
            context.Report(Rule, Parameters.Locate(context.Node), Parameters.Describe(parameter));
        }
    }
}
