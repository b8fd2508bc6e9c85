using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1118: no parameter of an operation is named like a path to a property of its body (<c>item/name</c> beside a body
/// whose schema has <c>item.name</c>), which references to parameters could not tell apart. A plain name equal to a
/// top-level body property is left alone: certified connectors have them (docs/design.md).
/// </summary>
public sealed class AmbiguousParameterNameRule : ConnectorAnalyzer
{
    private const int MaxDepth = 16;

    /// <summary>{0}: the parameter; {1}: the operation; {2}: the body parameter. Reported where the parameter is declared.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ParameterNameAmbiguous,
        "A parameter's name must not also be the path of a body property",
        "Parameter {0} of {1} is named like the path of a property of the body {2}; a reference to that name could mean either: rename the parameter",
        DiagnosticSeverity.Error,
        "The platform refers to an operation's inputs by name, and to a body property by its path (segments joined with '/'). The swagger validator rejects a parameter whose name is also the path to a body property (OperationParameterNameIsAmbiguous).",
        name: "OperationParameterNameIsAmbiguous");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        var operation = context.Operation;
        var body = operation.Parameters.FirstOrDefault(p => p.IsResolved && p.In == Parameters.Body);
        if (body is null || !body.Element.TryGetProperty("schema"u8, out var schema))
        {
            return;
        }

        foreach (var parameter in operation.Parameters)
        {
            if (parameter != body && parameter.IsResolved && parameter.Name is { } name && name.Contains('/', StringComparison.Ordinal)
                && IsPropertyPath(context.Swagger, schema, name.Split('/'), 0))
            {
                context.Report(Rule, Parameters.WhereDeclared(parameter), Parameters.Describe(parameter), OperationNodes.Describe(operation), Parameters.Describe(body));
            }
        }
    }

    /// <summary>Whether <paramref name="segments"/> from <paramref name="index"/> name nested properties of the schema, references followed.</summary>
    private static bool IsPropertyPath(SwaggerDocument swagger, SourceElement schema, string[] segments, int index)
    {
        if (index == segments.Length)
        {
            return true;
        }

        return index < MaxDepth && swagger.TryResolve(schema, out var resolved) && resolved.Kind == JsonValueKind.Object
            && resolved.TryGetProperty("properties"u8, out var properties) && properties.TryGetProperty(segments[index], out var property)
            && IsPropertyPath(swagger, property, segments, index + 1);
    }
}
