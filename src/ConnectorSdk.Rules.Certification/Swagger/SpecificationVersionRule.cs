using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1001: the definition is a Swagger 2.0 document (<c>"swagger": "2.0"</c>), not OpenAPI 3 or anything else.</summary>
internal sealed class SpecificationVersionRule : ConnectorAnalyzer
{
    private const string Title = "The definition must be Swagger (OpenAPI) 2.0";

    private const string Description = "Power Platform imports connector definitions written in Swagger 2.0 (OpenAPI 2.0) only; an OpenAPI 3 document, a missing version or a version that is not the string \"2.0\" is rejected.";

    private const string Name = "SpecificationVersionIncorrect";

    /// <summary>The document has no <c>swagger</c> member; reported on the document.</summary>
    public static readonly DiagnosticDescriptor Missing = Create("The document has no 'swagger' property; a connector definition must declare \"swagger\": \"2.0\"");

    /// <summary><c>swagger</c> is not the string "2.0". {0}: its value as JSON.</summary>
    public static readonly DiagnosticDescriptor WrongVersion = Create("'swagger' is {0}; a connector definition must declare \"swagger\": \"2.0\"");

    /// <summary>An OpenAPI 3 document; reported on its <c>openapi</c> name. {0}: the <c>openapi</c> value as JSON.</summary>
    public static readonly DiagnosticDescriptor OpenApi = Create("The document declares \"openapi\": {0}, which the platform does not import; a connector definition must declare \"swagger\": \"2.0\"");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Missing, WrongVersion, OpenApi];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var root = context.Swagger.Root;
        if (root.TryGetProperty("swagger", out var version))
        {
            if (version.Kind != JsonValueKind.String || version.Value.GetString() != "2.0")
            {
                context.Report(WrongVersion, version.Location, JsonValueText.Show(version));
            }
        }
        else if (root.TryGetProperty("openapi", out var openApi))
        {
            context.Report(OpenApi, openApi.NameLocation, JsonValueText.Show(openApi));
        }
        else
        {
            context.Report(Missing, root.Location);
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.SwaggerVersion, Title, messageFormat, DiagnosticSeverity.Error, Description, name: Name);
}
