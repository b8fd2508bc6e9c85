using System.Globalization;
using System.Text;
using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1018: an entry of <c>definitions</c>, <c>parameters</c> or <c>responses</c> is defined in place,
/// not as a bare <c>$ref</c> to another entry; and required properties do not loop (a definition that,
/// through required properties and <c>allOf</c>, requires an instance of itself can never be written).
/// </summary>
internal sealed class ReferenceLoopRule : ConnectorAnalyzer
{
    private const string Title = "Named definitions can't be bare references, and required properties can't loop";

    private const string Description = "A named parameter, response or definition that only refers to another one (which may refer back) is rejected, and so is a chain of required properties that leads back to the definition it starts from.";

    /// <summary>{0}: the section (definitions, parameters, responses); {1}: the entry's name; {2}: the reference.</summary>
    public static readonly DiagnosticDescriptor BareReference = Create("Entry '{1}' of '{0}' is only a reference to '{2}'; an entry of '{0}' must be defined in place: refer to the target directly instead");

    /// <summary>The same, when the <c>$ref</c> is not even a string. {0}: the section; {1}: the entry's name.</summary>
    public static readonly DiagnosticDescriptor BareInvalidReference = Create("Entry '{1}' of '{0}' is only a reference to another entry; an entry of '{0}' must be defined in place: refer to the target directly instead");

    /// <summary>{0}: the definition; {1}: the chain of required properties back to it.</summary>
    public static readonly DiagnosticDescriptor RequiredLoop = Create("Definition '{0}' requires an instance of itself: {1}; no value could ever be complete: make one of these properties optional");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [BareReference, BareInvalidReference, RequiredLoop];

    /// <summary>
    /// The entries of the document's sections are the nodes two steps from the root: definitions (schemas), shared
    /// parameters and responses. The loops are looked for once every definition has been seen.
    /// </summary>
    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterConnectorStartAction(start =>
    {
        var loops = new RequiredLoops();
        start.RegisterSwaggerNodeAction(
            node =>
            {
                if (node.Path.Depth == 2 && node.Value.ValueKind == JsonValueKind.Object)
                {
                    CheckEntry(node, loops);
                }
            },
            SwaggerNodeKind.Schema, SwaggerNodeKind.Parameter, SwaggerNodeKind.Response);
        start.RegisterConnectorEndAction(end => loops.Find(end));
    });

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ReferenceLoop, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "SchemaRefLoopNotAllowed");

    private static void CheckEntry(SwaggerNodeContext node, RequiredLoops loops)
    {
        var entry = node.Value;
        if (entry.TryGetProperty("$ref"u8, out var reference))
        {
            var location = Location.InJson(node.Node.File.Path, JsonPointer.Append(node.Node.Pointer, "$ref"));
            if (reference.ValueKind == JsonValueKind.String)
            {
                node.Report(BareReference, location, node.Path.Name(0), node.Path.Name(1), reference.GetString());
            }
            else
            {
                node.Report(BareInvalidReference, location, node.Path.Name(0), node.Path.Name(1));
            }
        }

        if (node.Kind == SwaggerNodeKind.Schema)
        {
            loops.Add(node.Node.File.Path, node.Path.Name(1)!, entry);
        }
    }

    /// <summary>
    /// The graph "definition A requires an instance of definition B" and its cycles. Only definitions with
    /// such an edge are named (most have none), and an edge keeps the pointer of its <c>$ref</c> for a finding.
    /// </summary>
    private sealed class RequiredLoops
    {
        private static readonly byte[] Prefix = "#/definitions/"u8.ToArray();
        private readonly Dictionary<string, List<Edge>> _edges = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _state = new(StringComparer.Ordinal);
        private readonly List<Step> _stack = [];
        private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
        private readonly List<string> _order = [];

        /// <summary>A definition, in file order.</summary>
        public void Add(string filePath, string name, JsonElement schema)
        {
            if (EdgesOf(filePath, name, schema) is { } edges)
            {
                _order.Add(name);
                _edges[name] = edges;
            }
        }

        /// <summary>Reports each loop once, when every definition has been added.</summary>
        public void Find(ConnectorContext context)
        {
            foreach (var name in _order)
            {
                Visit(context, name);
            }
        }

        /// <summary>The definitions <paramref name="definition"/> requires, through required properties and allOf; null for none.</summary>
        private static List<Edge>? EdgesOf(string filePath, string definition, JsonElement schema)
        {
            List<Edge>? edges = null;
            if (schema.TryGetProperty("required"u8, out var required) && required.ValueKind == JsonValueKind.Array
                && schema.TryGetProperty("properties"u8, out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                foreach (var item in required.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && TryGetProperty(properties, item, out var property) && Target(property) is { } target)
                    {
                        var name = item.GetString()!;
                        (edges ??= []).Add(new Edge(name, target, Location.InJson(filePath, ReferencePointer(definition, "properties", JsonPointer.Escape(name)))));
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
                        (edges ??= []).Add(new Edge("allOf", target, Location.InJson(filePath, ReferencePointer(definition, "allOf", index.ToString(CultureInfo.InvariantCulture)))));
                    }

                    index++;
                }
            }

            return edges;
        }

        /// <summary>The member of <paramref name="properties"/> a required entry names, looked up on its UTF-8 text.</summary>
        private static bool TryGetProperty(JsonElement properties, JsonElement name, out JsonElement property)
            => properties.TryGetProperty(Utf8Text.String(name), out property);

        private static string ReferencePointer(string definition, string container, string escapedToken)
            => $"/definitions/{JsonPointer.Escape(definition)}/{container}/{escapedToken}/$ref";

        /// <summary>The definition a schema refers to when it is exactly a reference to one, written <c>#/definitions/Name</c>.</summary>
        private static string? Target(JsonElement schema)
        {
            if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("$ref"u8, out var reference) || reference.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var text = Utf8Text.String(reference);
            return text.StartsWith(Prefix) && text[Prefix.Length..].IndexOf((byte)'/') < 0
                ? JsonPointer.Unescape(Encoding.UTF8.GetString(text[Prefix.Length..]))
                : null;
        }

        private void Visit(ConnectorContext context, string name)
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
                    Report(context, edge.Target);
                }
                else
                {
                    Visit(context, edge.Target);
                }

                _stack.RemoveAt(_stack.Count - 1);
            }

            _state[name] = 2;
        }

        /// <summary>Reports the cycle that ends on the stack at <paramref name="start"/>, once, at the step that leaves its first definition in file order.</summary>
        private void Report(ConnectorContext context, string start)
        {
            var from = _stack.FindLastIndex(s => s.Name == start);
            var cycle = _stack.GetRange(from, _stack.Count - from);
            var first = cycle.MinBy(s => _order.IndexOf(s.Name))!;
            var at = cycle.IndexOf(first);
            var rotated = cycle.Skip(at).Concat(cycle.Take(at)).ToList();
            var chain = string.Join(" -> ", rotated.Select(s => s.Edge.Via == "allOf" ? $"{s.Name} (allOf)" : $"{s.Name}.{s.Edge.Via}")) + $" -> {first.Name}";
            if (_reported.Add(chain))
            {
                context.Report(RequiredLoop, first.Edge.Location, first.Name, chain);
            }
        }

        /// <summary>The definition requires an instance of <paramref name="Target"/> through a required property or an allOf part (<paramref name="Via"/>), at the $ref at <paramref name="Location"/>.</summary>
        private sealed record Edge(string Via, string Target, Location Location);

        /// <summary>A definition being visited and the edge taken from it.</summary>
        private sealed record Step(string Name, Edge Edge);
    }
}
