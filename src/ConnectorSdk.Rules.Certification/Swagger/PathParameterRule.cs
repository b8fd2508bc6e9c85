using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1076: the path template's variables and the operation's path parameters (its own and its path
/// item's, references resolved) match one to one by exact name, and every path parameter is required.
/// </summary>
internal sealed class PathParameterRule : ConnectorAnalyzer
{
    private const string Title = "Path template variables and path parameters must match";

    private const string Description = "Every {variable} of a path template needs a parameter with \"in\": \"path\" and the same name (letter case included), every path parameter must appear in the template, and path parameters must be \"required\": true.";

    private const string Name = "OperationMissingPathParameter";

    /// <summary>{0}: the template variable; {1}: the path; {2}: the operation.</summary>
    public static readonly DiagnosticDescriptor NotDeclared = Create("Path parameter '{0}' is used in the path template '{1}' but {2} declares no path parameter with that name");

    /// <summary>{0}: the template variable; {1}: the path; {2}: the operation; {3}: its path parameter whose name differs in letter case.</summary>
    public static readonly DiagnosticDescriptor DeclaredInOtherCase = Create("Path parameter '{0}' is used in the path template '{1}' but {2} declares no path parameter with that name (the path parameter '{3}' differs in letter case)");

    /// <summary>{0}: the parameter; {1}: the path.</summary>
    public static readonly DiagnosticDescriptor NotInTemplate = Create("Path parameter '{0}' does not appear in the path template '{1}'; add '{{{0}}}' to the path or declare the parameter in the query, a header or the body");

    /// <summary>{0}: the parameter; {1}: its <c>required</c> value as JSON.</summary>
    public static readonly DiagnosticDescriptor NotRequired = Create("Path parameter '{0}' must be \"required\": true (found \"required\": {1})");

    /// <summary>{0}: the parameter.</summary>
    public static readonly DiagnosticDescriptor RequiredMissing = Create("Path parameter '{0}' must be \"required\": true (\"required\" is missing)");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NotDeclared, DeclaredInOtherCase, NotInTemplate, NotRequired, RequiredMissing];

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
                if (sameButCase is null)
                {
                    context.Report(NotDeclared, operation.Element.NameLocation, variable, operation.Path, operation.ToString());
                }
                else
                {
                    context.Report(DeclaredInOtherCase, operation.Element.NameLocation, variable, operation.Path, operation.ToString(), sameButCase.Name);
                }
            }
        }

        foreach (var parameter in pathParameters)
        {
            var name = parameter.Name!;
            if (!variables.Contains(name, StringComparer.Ordinal))
            {
                context.Report(NotInTemplate, WhereDeclared(parameter), name, operation.Path);
            }

            if (!parameter.IsRequired)
            {
                if (parameter.Element.TryGetProperty("required", out var value))
                {
                    context.Report(NotRequired, NameOf(parameter), name, value.Value.GetRawText());
                }
                else
                {
                    context.Report(RequiredMissing, NameOf(parameter), name);
                }
            }
        }
    }

    /// <summary>Where this operation brings the parameter in: its <c>$ref</c> when it is referenced, else its name.</summary>
    private static Location WhereDeclared(SwaggerParameter parameter)
        => parameter.Declaration.TryGetProperty("$ref", out var reference) ? reference.Location : NameOf(parameter);

    /// <summary>The parameter's name value where the parameter is defined.</summary>
    private static Location NameOf(SwaggerParameter parameter)
        => parameter.Element.TryGetProperty("name", out var name) ? name.Location : parameter.Element.Location;

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.PathParameterMismatch, Title, messageFormat, DiagnosticSeverity.Error, Description, name: Name);
}
