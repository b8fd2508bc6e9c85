using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1022 (style): an inline parameter written identically in several places (operations or path
/// items) could be declared once under <c>parameters</c> and referred to with <c>$ref</c>. Parameters
/// are compared as JSON values; each later copy is reported, naming the first.
/// </summary>
internal sealed class SharedParameterRule : ConnectorAnalyzer
{
    /// <summary>{0}: the parameter's name; {1}: its location (query, header...); {2}: where it is written again, an operation ("GET /items") or a path item ("/items"); {3}: where it was written first.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.RepeatedInlineParameter,
        title: "Declare parameters used by several operations once",
        messageFormat: "Parameter '{0}' (in {1}) of {2} is written the same way in {3}; declare it once under 'parameters' and refer to it with '$ref'",
        DiagnosticSeverity.Info,
        description: "Microsoft's connector coding guidance asks that parameters shared by several operations be declared once in the document's 'parameters' section and referenced, so that they stay identical when one of them changes.",
        mode: AnalysisMode.All);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        // Candidates grouped by (in, name) first, so that JSON comparisons stay within small groups.
        var groups = new Dictionary<(string In, string Name), List<(SourceElement Parameter, string Owner)>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in context.Swagger.Operations)
        {
            foreach (var parameter in operation.Parameters)
            {
                var declaration = parameter.Declaration;
                if (declaration.Kind != JsonValueKind.Object || declaration.Value.TryGetProperty("$ref"u8, out _) || !seen.Add(declaration.Pointer)
                    || declaration.GetString("name") is not { } name || declaration.GetString("in") is not { } location)
                {
                    continue;
                }

                var owner = declaration.Pointer.StartsWith(operation.Element.Pointer + "/", StringComparison.Ordinal)
                    ? operation.ToString()
                    : operation.Path;
                if (!groups.TryGetValue((location, name), out var group))
                {
                    groups[(location, name)] = group = [];
                }

                group.Add((declaration, owner));
            }
        }

        foreach (var ((location, name), group) in groups)
        {
            for (var i = 1; i < group.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (JsonElement.DeepEquals(group[j].Parameter.Value, group[i].Parameter.Value))
                    {
                        var at = group[i].Parameter.TryGetProperty("name", out var nameElement) ? nameElement.Location : group[i].Parameter.Location;
                        context.Report(Rule, at, name, location, group[i].Owner, group[j].Owner);
                        break;
                    }
                }
            }
        }
    }
}
