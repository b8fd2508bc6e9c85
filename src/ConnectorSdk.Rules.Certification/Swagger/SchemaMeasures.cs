using System.Runtime.CompilerServices;
using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>One schema an operation carries: a parameter's, or a response's.</summary>
/// <param name="Description">How a message names it, e.g. <c>body parameter 'body'</c>, <c>response '200'</c>.</param>
/// <param name="Location">Where to report about it: its <c>$ref</c> when the parameter or response is a reference, else its <c>schema</c> name.</param>
/// <param name="IsBody">Whether it is a body parameter's schema.</param>
/// <param name="Count">Schema objects in it, <c>$ref</c> expanded.</param>
/// <param name="Depth">Levels of nesting, <c>$ref</c> expanded; a schema without nested ones has depth 1.</param>
internal sealed record MeasuredSchema(string Description, Location Location, bool IsBody, long Count, int Depth);

/// <summary>The schemas of one operation, measured.</summary>
internal sealed record MeasuredOperation(SwaggerOperation Operation, IReadOnlyList<MeasuredSchema> Schemas)
{
    public long Count { get; } = SchemaMeasures.Add(Schemas.Select(s => s.Count));

    /// <summary>How messages name the operation: its operationId, else its verb and path.</summary>
    public string Name => Operation.OperationId ?? Operation.ToString();
}

/// <summary>
/// Counts and nesting depths of the schemas of every operation, as the platform sees them: every
/// <c>$ref</c> replaced by what it points to. Schema objects are a schema itself and what it nests
/// (<c>properties</c>, <c>items</c>, <c>additionalProperties</c>, <c>allOf</c>/<c>anyOf</c>/<c>oneOf</c>,
/// <c>not</c>); a non-body parameter counts as one schema plus its <c>items</c>. The parts of an
/// <c>allOf</c> merge into their schema, so they add no level. A definition is measured once and reused
/// wherever it is referenced; a reference back into a definition that is being expanded (a recursive
/// schema) counts as one schema at one level, so measuring always ends, and so does a reference beyond
/// 1,000 nested expansions. Counts saturate instead of
/// overflowing. Computed once per document and shared by the rules that need it (PPC1005-PPC1008).
/// </summary>
internal sealed class SchemaMeasures
{
    private const long Saturated = 1L << 40;

    /// <summary>
    /// References expanded inside one another before the walk stops following them: JSON nesting is limited
    /// by the reader, but a chain of definitions is not, and the walk must not exhaust the stack.
    /// </summary>
    private const int MaxExpansion = 1_000;

    private static readonly ConditionalWeakTable<SwaggerDocument, SchemaMeasures> Cache = [];

    private readonly SwaggerDocument _document;
    private readonly Dictionary<string, (long Count, int Depth)> _references = new(StringComparer.Ordinal);
    private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);

    private SchemaMeasures(SwaggerDocument document)
    {
        _document = document;
        Operations = document.Operations.Select(MeasureOperation).ToArray();
        Total = Add(Operations.Select(o => o.Count));
    }

    public IReadOnlyList<MeasuredOperation> Operations { get; }

    /// <summary>The sum over every operation.</summary>
    public long Total { get; }

    public static SchemaMeasures For(SwaggerDocument document) => Cache.GetValue(document, d => new SchemaMeasures(d));

    internal static long Add(IEnumerable<long> counts) => counts.Aggregate(0L, (sum, count) => Math.Min(sum + count, Saturated));

    private MeasuredOperation MeasureOperation(SwaggerOperation operation)
    {
        var schemas = new List<MeasuredSchema>();
        foreach (var parameter in operation.Parameters)
        {
            var isBody = parameter.In == "body";
            var name = parameter.Name is { } n ? $"'{n}'" : "(unnamed)";
            if (isBody)
            {
                if (parameter.Element.TryGetProperty("schema", out var schema))
                {
                    var (count, depth) = Measure(schema.Value);
                    schemas.Add(new MeasuredSchema($"body parameter {name}", WhereIs(parameter.Declaration, schema), true, count, depth));
                }
            }
            else if (parameter.Element.Kind == JsonValueKind.Object)
            {
                var (count, depth) = Measure(parameter.Element.Value);
                schemas.Add(new MeasuredSchema($"parameter {name}", WhereIs(parameter.Declaration, parameter.Element), false, count, depth));
            }
        }

        foreach (var response in operation.Responses)
        {
            if (response.Element.TryGetProperty("schema", out var schema))
            {
                var (count, depth) = Measure(schema.Value);
                schemas.Add(new MeasuredSchema($"response '{response.StatusCode}'", WhereIs(response.Declaration, schema), false, count, depth));
            }
        }

        return new MeasuredOperation(operation, schemas);
    }

    /// <summary>A reference is reported where it is written, so that each operation gets its own finding.</summary>
    private static Location WhereIs(SourceElement declaration, SourceElement schema)
        => declaration.TryGetProperty("$ref", out var reference) ? reference.Location : schema.NameLocation;

    private (long Count, int Depth) Measure(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return (0, 0);
        }

        if (schema.TryGetProperty("$ref"u8, out var reference) && reference.ValueKind == JsonValueKind.String)
        {
            return MeasureReference(reference.GetString()!);
        }

        long count = 1;
        var nested = 0;
        var merged = 0;
        foreach (var member in schema.EnumerateObject())
        {
            var value = member.Value;
            if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
            {
                continue;
            }

            if (member.NameEquals("properties"u8) && value.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in value.EnumerateObject())
                {
                    Include(Measure(property.Value), ref count, ref nested);
                }
            }
            else if (member.NameEquals("items"u8))
            {
                if (value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in value.EnumerateArray())
                    {
                        Include(Measure(item), ref count, ref nested);
                    }
                }
                else
                {
                    Include(Measure(value), ref count, ref nested);
                }
            }
            else if (member.NameEquals("additionalProperties"u8) || member.NameEquals("not"u8))
            {
                Include(Measure(value), ref count, ref nested);
            }
            else if ((member.NameEquals("allOf"u8) || member.NameEquals("anyOf"u8) || member.NameEquals("oneOf"u8)) && value.ValueKind == JsonValueKind.Array)
            {
                foreach (var part in value.EnumerateArray())
                {
                    Include(Measure(part), ref count, ref merged);
                }
            }
        }

        return (count, Math.Max(1 + nested, merged));
    }

    private static void Include((long Count, int Depth) child, ref long count, ref int depth)
    {
        count = Math.Min(count + child.Count, Saturated);
        depth = Math.Max(depth, child.Depth);
    }

    private (long Count, int Depth) MeasureReference(string reference)
    {
        if (_references.TryGetValue(reference, out var known))
        {
            return known;
        }

        if (_expanding.Count >= MaxExpansion || !_expanding.Add(reference))
        {
            return (1, 1);
        }

        var measured = TryFind(reference, out var target) ? Measure(target) : (1, 1);
        _expanding.Remove(reference);
        _references[reference] = measured;
        return measured;
    }

    /// <summary>The object a reference inside the document points to; a chain of references is followed by <see cref="Measure"/>.</summary>
    private bool TryFind(string reference, out JsonElement target)
    {
        target = default;
        if (!reference.StartsWith('#'))
        {
            return false;
        }

        try
        {
            if (_document.Root.TryNavigate(JsonPointer.Parse(reference), out var found) && found.Kind == JsonValueKind.Object)
            {
                target = found.Value;
                return true;
            }
        }
        catch (FormatException)
        {
        }

        return false;
    }
}
