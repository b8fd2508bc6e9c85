using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1102: a path parameter says how its value is encoded (x-ms-url-encoding), as the validator advises.</summary>
public sealed class PathParameterEncodingRule : ConnectorAnalyzer
{
    /// <summary>{0}: the parameter. Reported at its name.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.PathParameterEncodingMissing,
        $"Path parameters should declare {UrlEncodingRule.ExtensionName}",
        $"Path parameter {{0}} has no {UrlEncodingRule.ExtensionName}; add \"{UrlEncodingRule.ExtensionName}\": \"{UrlEncodingRule.Single}\" so that its value is encoded in the URL",
        DiagnosticSeverity.Warning,
        $"The swagger validator warns that a path parameter without {UrlEncodingRule.ExtensionName} \"might lead to invalid requests\" (PathParameterMissingEncoding) and advises \"{UrlEncodingRule.Single}\": a value with a '/' or a space then reaches the API as one path segment.",
        mode: AnalysisMode.Recommended,
        name: "PathParameterMissingEncoding");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Parameter);

    private static void Analyze(SwaggerNodeContext context)
    {
        var parameter = context.Value;
        if (Parameters.GetString(parameter, "in"u8) == "path" && !parameter.TryGetProperty(UrlEncodingRule.ExtensionName, out _))
        {
            context.Report(Rule, Parameters.Locate(context.Node), Parameters.Describe(parameter));
        }
    }
}
