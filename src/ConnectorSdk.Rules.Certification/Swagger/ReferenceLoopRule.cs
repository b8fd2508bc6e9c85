using System.Globalization;
using System.Runtime.InteropServices;
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

    private static readonly string[] Sections = ["definitions", "parameters", "responses"];

    private static readonly string[] Nouns = ["Definition", "Parameter", "Response"];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var root = context.Swagger.Root.Value;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        for (var i = 0; i < Sections.Length; i++)
        {
            if (!root.TryGetProperty(Sections[i], out var entries) || entries.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var entry in entries.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.Object && entry.Value.TryGetProperty("$ref"u8, out var reference))
                {
                    var noun = Nouns[i];
                    var target = reference.ValueKind == JsonValueKind.String ? $"'{reference.GetString()}'" : "another entry";
                    var pointer = JsonPointer.Append(JsonPointer.Append(JsonPointer.Append(JsonPointer.Root, Sections[i]), entry.Name), "$ref");
                    context.Report(Rule, Location.InJson(context.Swagger.Root.File.Path, pointer), $"{noun} '{entry.Name}' is only a reference to {target}; a named {noun.ToLowerInvariant()} must be defined in place: refer to the target directly instead");
                }
            }
        }

        if (root.TryGetProperty("definitions"u8, out var definitions) && definitions.ValueKind == JsonValueKind.Object)
        {
            new RequiredLoops(context, definitions).Find();
        }
    }

    /// <summary>
    /// The graph "definition A requires an instance of definition B" and its cycles. Only definitions with
    /// such an edge are named (most have none), and an edge keeps the pointer of its <c>$ref</c> for a finding.
    /// </summary>
    private sealed class RequiredLoops(SwaggerContext context, JsonElement definitions)
    {
        private static readonly byte[] Prefix = "#/definitions/"u8.ToArray();
        private readonly Dictionary<string, List<Edge>> _edges = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _state = new(StringComparer.Ordinal);
        private readonly List<Step> _stack = [];
        private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
        private readonly List<string> _order = [];

        public void Find()
        {
            foreach (var definition in definitions.EnumerateObject())
            {
                if (EdgesOf(definition) is { } edges)
                {
                    _order.Add(definition.Name);
                    _edges[definition.Name] = edges;
                }
            }

            foreach (var name in _order)
            {
                Visit(name);
            }
        }

        /// <summary>The definitions <paramref name="definition"/> requires, through required properties and allOf; null for none.</summary>
        private static List<Edge>? EdgesOf(JsonProperty definition)
        {
            var schema = definition.Value;
            if (schema.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            List<Edge>? edges = null;
            if (schema.TryGetProperty("required"u8, out var required) && required.ValueKind == JsonValueKind.Array
                && schema.TryGetProperty("properties"u8, out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                foreach (var item in required.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && TryGetProperty(properties, item, out var property) && Target(property) is { } target)
                    {
                        var name = item.GetString()!;
                        (edges ??= []).Add(new Edge(name, target, ReferencePointer(definition, "properties", JsonPointer.Escape(name))));
                    }
                }
            }

            if (schema.TryGetProperty("allOf"u8, out var allOf) && allOf.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var part in allOf.EnumerateArray())
                {
                    if (Target(part) is { } target)
                    {
                        (edges ??= []).Add(new Edge("allOf", target, ReferencePointer(definition, "allOf", index.ToString(CultureInfo.InvariantCulture))));
                    }

                    index++;
                }
            }

            return edges;
        }

        /// <summary>The member of <paramref name="properties"/> a required entry names, looked up on its UTF-8 text.</summary>
        private static bool TryGetProperty(JsonElement properties, JsonElement name, out JsonElement property)
            => properties.TryGetProperty(Utf8Text.String(name), out property);

        private static string ReferencePointer(JsonProperty definition, string container, string escapedToken)
            => $"/definitions/{JsonPointer.Escape(definition.Name)}/{container}/{escapedToken}/$ref";

        /// <summary>The definition a schema refers to when it is exactly a reference to one, written <c>#/definitions/Name</c>.</summary>
        private static string? Target(JsonElement schema)
        {
            if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("$ref"u8, out var reference) || reference.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var raw = JsonMarshal.GetRawUtf8Value(reference)[1..^1];
            if (raw.IndexOf((byte)'\\') < 0 && !(raw.StartsWith(Prefix) && raw[Prefix.Length..].IndexOf((byte)'/') < 0))
            {
                return null;
            }

            var text = reference.GetString()!;
            return text.StartsWith("#/definitions/", StringComparison.Ordinal) && text.IndexOf('/', Prefix.Length) < 0 ? JsonPointer.Unescape(text[Prefix.Length..]) : null;
        }

        private void Visit(string name)
        {
            if (_state.GetValueOrDefault(name) != 0 || !_edges.TryGetValue(name, out var edges))
            {
                return;
            }

            _state[name] = 1;
            foreach (var edge in edges)
            {
                _stack.Add(new Step(name, edge));
                if (_state.GetValueOrDefault(edge.Target) == 1)
                {
                    Report(edge.Target);
                }
                else
                {
                    Visit(edge.Target);
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
            var first = cycle.MinBy(s => _order.IndexOf(s.Name))!;
            var at = cycle.IndexOf(first);
            var rotated = cycle.Skip(at).Concat(cycle.Take(at)).ToList();
            var chain = string.Join(" -> ", rotated.Select(s => s.Edge.Via == "allOf" ? $"{s.Name} (allOf)" : $"{s.Name}.{s.Edge.Via}")) + $" -> {first.Name}";
            if (_reported.Add(chain))
            {
                context.Report(Rule, Location.InJson(context.Swagger.Root.File.Path, first.Edge.Pointer), $"Definition '{first.Name}' requires an instance of itself: {chain}; no value could ever be complete: make one of these properties optional");
            }
        }

        /// <summary>The definition requires an instance of <paramref name="Target"/> through a required property or an allOf part (<paramref name="Via"/>), at the $ref at <paramref name="Pointer"/>.</summary>
        private sealed record Edge(string Via, string Target, string Pointer);

        /// <summary>A definition being visited and the edge taken from it.</summary>
        private sealed record Step(string Name, Edge Edge);
    }
}
