using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1018: an entry of <c>definitions</c>, <c>parameters</c> or <c>responses</c> is defined in place,
/// not as a bare <c>$ref</c> to another entry; and required properties do not loop (a definition that,
/// through required properties and <c>allOf</c>, requires an instance of itself can never be written).
/// </summary>
public sealed class ReferenceLoopRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ReferenceLoop,
        title: "Named definitions can't be bare references, and required properties can't loop",
        messageFormat: "{0}",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "A named parameter, response or definition that only refers to another one (which may refer back) is rejected, and so is a chain of required properties that leads back to the definition it starts from.",
        name: "SchemaRefLoopNotAllowed");

    private static readonly (string Section, string Noun)[] Sections = [("definitions", "Definition"), ("parameters", "Parameter"), ("responses", "Response")];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var root = context.Swagger.Root;
        foreach (var (section, noun) in Sections)
        {
            if (!root.TryGetProperty(section, out var entries))
            {
                continue;
            }

            foreach (var entry in entries.EnumerateProperties())
            {
                if (entry.TryGetProperty("$ref", out var reference))
                {
                    var target = reference.Kind == JsonValueKind.String ? $"'{reference.Value.GetString()}'" : "another entry";
                    context.Report(Rule, reference.Location, $"{noun} '{entry.Name}' is only a reference to {target}; a named {noun.ToLowerInvariant()} must be defined in place: refer to the target directly instead");
                }
            }
        }

        if (root.TryGetProperty("definitions", out var definitions) && definitions.Kind == JsonValueKind.Object)
        {
            new RequiredLoops(context, definitions).Find();
        }
    }

    /// <summary>The graph "definition A requires an instance of definition B" and its cycles.</summary>
    private sealed class RequiredLoops(SwaggerContext context, SourceElement definitions)
    {
        private const string Prefix = "#/definitions/";
        private readonly Dictionary<string, List<(string Via, string Target, SourceElement Reference)>> _edges = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _state = new(StringComparer.Ordinal);
        private readonly List<(string Name, string Via, SourceElement Reference)> _stack = [];
        private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
        private readonly List<string> _order = [];

        public void Find()
        {
            foreach (var definition in definitions.EnumerateProperties())
            {
                _order.Add(definition.Name!);
                _edges[definition.Name!] = EdgesOf(definition);
            }

            foreach (var name in _order)
            {
                Visit(name);
            }
        }

        private static List<(string Via, string Target, SourceElement Reference)> EdgesOf(SourceElement schema)
        {
            var edges = new List<(string, string, SourceElement)>();
            if (schema.TryGetProperty("required", out var required) && schema.TryGetProperty("properties", out var properties))
            {
                foreach (var item in required.EnumerateItems())
                {
                    if (item.Kind == JsonValueKind.String && properties.TryGetProperty(item.Value.GetString()!, out var property)
                        && Target(property) is { } target)
                    {
                        edges.Add((item.Value.GetString()!, target.Name, target.Reference));
                    }
                }
            }

            if (schema.TryGetProperty("allOf", out var allOf))
            {
                foreach (var part in allOf.EnumerateItems())
                {
                    if (Target(part) is { } target)
                    {
                        edges.Add(("allOf", target.Name, target.Reference));
                    }
                }
            }

            return edges;
        }

        private static (string Name, SourceElement Reference)? Target(SourceElement schema)
            => schema.TryGetProperty("$ref", out var reference) && reference.Kind == JsonValueKind.String
                && reference.Value.GetString() is { } text && text.StartsWith(Prefix, StringComparison.Ordinal) && text.IndexOf('/', Prefix.Length) < 0
                ? (JsonPointer.Unescape(text[Prefix.Length..]), reference)
                : null;

        private void Visit(string name)
        {
            if (_state.GetValueOrDefault(name) != 0 || !_edges.TryGetValue(name, out var edges))
            {
                return;
            }

            _state[name] = 1;
            foreach (var (via, target, reference) in edges)
            {
                _stack.Add((name, via, reference));
                if (_state.GetValueOrDefault(target) == 1)
                {
                    Report(target);
                }
                else
                {
                    Visit(target);
                }

                _stack.RemoveAt(_stack.Count - 1);
            }

            _state[name] = 2;
        }

        /// <summary>Reports the cycle that ends on the stack at <paramref name="start"/>, once, at the step that leaves its first definition in file order.</summary>
        private void Report(string start)
        {
            var from = _stack.FindLastIndex(s => s.Name == start);
            var cycle = _stack.GetRange(from, _stack.Count - from);
            var first = cycle.MinBy(s => _order.IndexOf(s.Name));
            var at = cycle.IndexOf(first);
            var rotated = cycle.Skip(at).Concat(cycle.Take(at)).ToList();
            var chain = string.Join(" -> ", rotated.Select(s => s.Via == "allOf" ? $"{s.Name} (allOf)" : $"{s.Name}.{s.Via}")) + $" -> {first.Name}";
            if (_reported.Add(chain))
            {
                context.Report(Rule, first.Reference.Location, $"Definition '{first.Name}' requires an instance of itself: {chain}; no value could ever be complete: make one of these properties optional");
            }
        }
    }
}
