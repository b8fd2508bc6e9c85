using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1001: the definition is a Swagger 2.0 document (<c>"swagger": "2.0"</c>), not OpenAPI 3 or anything else.</summary>
public sealed class SpecificationVersionRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.SwaggerVersion,
        title: "The definition must be Swagger (OpenAPI) 2.0",
        messageFormat: "{0}; a connector definition must declare \"swagger\": \"2.0\"",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "Power Platform imports connector definitions written in Swagger 2.0 (OpenAPI 2.0) only; an OpenAPI 3 document, a missing version or a version that is not the string \"2.0\" is rejected.",
        name: "SpecificationVersionIncorrect");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var root = context.Swagger.Root;
        if (root.TryGetProperty("swagger", out var version))
        {
            if (version.Kind != JsonValueKind.String)
            {
                context.Report(Rule, version.Location, $"'swagger' is {Describe(version.Value)}, not the string \"2.0\"");
            }
            else if (version.Value.GetString() != "2.0")
            {
                context.Report(Rule, version.Location, $"'swagger' is \"{version.Value.GetString()}\"");
            }
        }
        else if (root.TryGetProperty("openapi", out var openApi))
        {
            var declared = openApi.Kind == JsonValueKind.String ? $"OpenAPI \"{openApi.Value.GetString()}\"" : "'openapi'";
            context.Report(Rule, openApi.NameLocation, $"The document declares {declared}, which the platform does not import");
        }
        else
        {
            context.Report(Rule, root.Location, "The document has no 'swagger' property");
        }
    }

    private static string Describe(JsonElement value)
        => value.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
            ? $"{JsonKindNames.Describe(value.ValueKind)} ({value.GetRawText()})"
            : JsonKindNames.Describe(value.ValueKind);
}
