using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1076: the path template's variables and the operation's path parameters (its own and its path
/// item's, references resolved) match one to one by exact name, and every path parameter is required.
/// </summary>
public sealed class PathParameterRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.PathParameterMismatch,
        title: "Path template variables and path parameters must match",
        messageFormat: "Path parameter '{0}' {1}",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "Every {variable} of a path template needs a parameter with \"in\": \"path\" and the same name (letter case included), every path parameter must appear in the template, and path parameters must be \"required\": true.",
        name: "OperationMissingPathParameter");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        var operation = context.Operation;
        var variables = PathTemplates.Variables(operation.Path);
        var pathParameters = operation.Parameters.Where(p => p.In == "path" && p.Name is not null).ToArray();

        foreach (var variable in variables)
        {
            if (!pathParameters.Any(p => p.Name == variable))
            {
                var sameButCase = pathParameters.FirstOrDefault(p => string.Equals(p.Name, variable, StringComparison.OrdinalIgnoreCase));
                var hint = sameButCase is null ? "" : $" (the path parameter '{sameButCase.Name}' differs in letter case)";
                context.Report(Rule, operation.Element.NameLocation, variable, $"is used in the path template '{operation.Path}' but {operation} declares no path parameter with that name{hint}");
            }
        }

        foreach (var parameter in pathParameters)
        {
            var name = parameter.Name!;
            if (!variables.Contains(name, StringComparer.Ordinal))
            {
                context.Report(Rule, WhereDeclared(parameter), name, $"does not appear in the path template '{operation.Path}'; add '{{{name}}}' to the path or declare the parameter in the query, a header or the body");
            }

            if (!parameter.IsRequired)
            {
                var required = parameter.Element.TryGetProperty("required", out var value) ? $"found \"required\": {value.Value.GetRawText()}" : "\"required\" is missing";
                context.Report(Rule, NameOf(parameter), name, $"must be \"required\": true ({required})");
            }
        }
    }

    /// <summary>Where this operation brings the parameter in: its <c>$ref</c> when it is referenced, else its name.</summary>
    private static Location WhereDeclared(SwaggerParameter parameter)
        => parameter.Declaration.TryGetProperty("$ref", out var reference) ? reference.Location : NameOf(parameter);

    /// <summary>The parameter's name value where the parameter is defined.</summary>
    private static Location NameOf(SwaggerParameter parameter)
        => parameter.Element.TryGetProperty("name", out var name) ? name.Location : parameter.Element.Location;
}
