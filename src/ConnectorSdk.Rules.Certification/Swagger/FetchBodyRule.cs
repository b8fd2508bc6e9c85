using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1071: a GET operation takes no body and no form data (its own parameters and its path item's, references resolved).</summary>
public sealed class FetchBodyRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation; {1}: the parameter's location (body or formData); {2}: the parameter's name.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.FetchOperationBody,
        "GET operations cannot take a body or form data",
        "GET operation {0} has the {1} parameter '{2}'; a GET request carries no body: send the value in the query, or use POST",
        DiagnosticSeverity.Error,
        "The swagger validator rejects a body or formData parameter on a GET operation (BodyOrFormDataParameterInFetchOperationNotAllowed): GET requests have no body, and HTTP clients and proxies drop one.",
        name: "BodyOrFormDataParameterInFetchOperationNotAllowed");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        var operation = context.Operation;
        if (operation.Method != "get")
        {
            return;
        }

        foreach (var parameter in operation.Parameters)
        {
            if (parameter.In is "body" or "formData")
            {
                context.Report(Rule, WhereDeclared(parameter), OperationNodes.Describe(operation), parameter.In, parameter.Name ?? "(no name)");
            }
        }
    }

    /// <summary>Where the operation brings the parameter in: its <c>$ref</c> when it is referenced, else its <c>in</c>.</summary>
    private static Location WhereDeclared(SwaggerParameter parameter)
        => parameter.Declaration.TryGetProperty("$ref", out var reference) ? reference.Location
            : parameter.Element.TryGetProperty("in", out var location) ? location.Location : parameter.Element.Location;
}
