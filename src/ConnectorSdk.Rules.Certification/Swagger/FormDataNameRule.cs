using System.Text;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1099: a form data parameter's name is US-ASCII.</summary>
public sealed class FormDataNameRule : ConnectorAnalyzer
{
    /// <summary>{0}: the parameter. Reported at its name.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.FormDataNameNotAscii,
        "Form data parameter names must be US-ASCII",
        "Form data parameter {0} has characters outside US-ASCII in its name; the platform sends form field names in US-ASCII only: rename it",
        DiagnosticSeverity.Error,
        "The swagger validator rejects a form data parameter whose name has characters outside the US-ASCII set (InvalidFormDataParameterName): the name becomes a field name of a multipart or URL-encoded form.",
        name: "InvalidFormDataParameterName");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Parameter);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (Parameters.GetString(context.Value, "in"u8) == "formData" && Parameters.GetString(context.Value, "name"u8) is { } name && !Ascii.IsValid(name))
        {
            context.Report(Rule, Parameters.Locate(context.Node), Parameters.Describe(context.Value));
        }
    }
}
