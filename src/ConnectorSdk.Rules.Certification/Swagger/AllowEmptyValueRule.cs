using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1100: allowEmptyValue is only for query and form data parameters (false, which allows nothing, is left alone).</summary>
public sealed class AllowEmptyValueRule : ConnectorAnalyzer
{
    /// <summary>{0}: the parameter. Reported at the keyword.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.AllowEmptyValueMisplaced,
        "allowEmptyValue is only for query and form data parameters",
        "Parameter {0} sets allowEmptyValue, which only query and form data parameters may: remove it",
        DiagnosticSeverity.Error,
        "OpenAPI 2.0 defines allowEmptyValue for query and formData parameters only, and the swagger validator rejects it on others (AllowEmptyValueOnlyValidForQueryFormData). \"allowEmptyValue\": false allows nothing and is not reported.",
        name: "AllowEmptyValueOnlyValidForQueryFormData");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Parameter);

    private static void Analyze(SwaggerNodeContext context)
    {
        var parameter = context.Value;
        if (Parameters.GetString(parameter, "in"u8) is { } and not ("query" or "formData")
            && parameter.TryGetProperty("allowEmptyValue"u8, out var value) && value.ValueKind != JsonValueKind.False
            && context.Node.TryGetProperty("allowEmptyValue"u8, out var keyword))
        {
            context.Report(Rule, keyword.NameLocation, Parameters.Describe(parameter));
        }
    }
}
