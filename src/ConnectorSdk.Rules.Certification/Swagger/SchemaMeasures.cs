using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>One schema an operation carries: a parameter's, or a response's.</summary>
/// <remarks>How messages name it and where to report about it are worked out only when a rule reports.</remarks>
internal sealed class MeasuredSchema
{
    private readonly SwaggerParameter? _parameter;
    private readonly SwaggerResponse? _response;

    public MeasuredSchema(SwaggerParameter parameter, bool isBody, long count, int depth)
        => (_parameter, IsBody, Count, Depth) = (parameter, isBody, count, depth);

    public MeasuredSchema(SwaggerResponse response, long count, int depth)
        => (_response, Count, Depth) = (response, count, depth);

    /// <summary>Whether it is a body parameter's schema.</summary>
    public bool IsBody { get; }

    /// <summary>Schema objects in it, <c>$ref</c> expanded.</summary>
    public long Count { get; }

    /// <summary>Levels of nesting, <c>$ref</c> expanded; a schema without nested ones has depth 1.</summary>
    public int Depth { get; }

    /// <summary>Whose schema it is: the parameter's name or the response's status code (empty for a parameter without a name).</summary>
    public string OwnerName => _parameter is { } parameter ? parameter.Name ?? "" : _response!.StatusCode;

    public bool IsResponse => _response is not null;

    /// <summary>Where to report about it: its <c>$ref</c> when the parameter or response is a reference, else its <c>schema</c> name.</summary>
    public Location Location => _parameter is { } parameter
        ? WhereIs(parameter.Declaration, IsBody ? SchemaOf(parameter.Element) : parameter.Element)
        : WhereIs(_response!.Declaration, SchemaOf(_response.Element));

    /// <summary>A reference is reported where it is written, so that each operation gets its own finding.</summary>
    private static Location WhereIs(SourceElement declaration, SourceElement schema)
        => declaration.TryGetProperty("$ref", out var reference) ? reference.Location : schema.NameLocation;

    private static SourceElement SchemaOf(SourceElement owner) => owner.TryGetProperty("schema", out var schema) ? schema : owner;
}

/// <summary>The schemas of one operation, measured.</summary>
internal sealed record MeasuredOperation(SwaggerOperation Operation, IReadOnlyList<MeasuredSchema> Schemas)
{
    public long Count { get; } = SchemaMeasures.Sum(Schemas);

    /// <summary>How messages name the operation: its operationId, else its verb and path.</summary>
    public string Name => Operation.OperationId ?? Operation.ToString();
}

/// <summary>
/// Counts and nesting depths of the schemas of every operation, as the platform sees them: every
/// <c>$ref</c> replaced by what it points to. Schema objects are a schema itself and what it nests under the
/// keywords <see cref="SwaggerModel"/> gives (<c>properties</c>, <c>items</c>, <c>additionalProperties</c>,
/// <c>allOf</c>/<c>anyOf</c>/<c>oneOf</c>, <c>not</c>); a non-body parameter counts as one schema plus its
/// <c>items</c>. The parts of an <c>allOf</c> (<see cref="SwaggerField.CombinesSchemas"/>) merge into their schema, so they add no level. A definition is measured once and reused
/// wherever it is referenced; a reference back into a definition that is being expanded (a recursive
/// schema) counts as one schema at one level, so measuring always ends, and so does a reference beyond
/// 1,000 nested expansions. Counts saturate instead of
/// overflowing. Computed once per connector (<see cref="Provider"/>) and shared by the rules that need it (PPC1005-PPC1008).
/// </summary>
internal sealed class SchemaMeasures
{
    private const long Saturated = 1L << 40;

    /// <summary>
    /// References expanded inside one another before the walk stops following them: JSON nesting is limited
    /// by the reader, but a chain of definitions is not, and the walk must not exhaust the stack.
    /// </summary>
    private const int MaxExpansion = 1_000;

    private static readonly SwaggerObjectModel Schema = SwaggerModel.Of(SwaggerNodeKind.Schema);

    private readonly SwaggerDocument _document;
    private readonly Dictionary<string, Measured> _references = new(StringComparer.Ordinal);
    private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);

    private SchemaMeasures(SwaggerDocument document)
    {
        _document = document;
        var operations = new MeasuredOperation[document.Operations.Count];
        long total = 0;
        for (var i = 0; i < operations.Length; i++)
        {
            operations[i] = MeasureOperation(document.Operations[i]);
            total = Math.Min(total + operations[i].Count, Saturated);
        }

        Operations = operations;
        Total = total;
    }

    public IReadOnlyList<MeasuredOperation> Operations { get; }

    /// <summary>The sum over every operation.</summary>
    public long Total { get; }

    /// <summary>The measures of the connector's swagger, computed at the first request of a run (asked for from a swagger action).</summary>
    public static readonly ConnectorValueProvider<SchemaMeasures> Provider = new(connector => new SchemaMeasures(connector.Swagger!));

    internal static long Sum(IReadOnlyList<MeasuredSchema> schemas)
    {
        long sum = 0;
        foreach (var schema in schemas)
        {
            sum = Math.Min(sum + schema.Count, Saturated);
        }

        return sum;
    }

    /// <summary>On the raw elements: names, messages and locations only when a rule reports (<see cref="MeasuredSchema"/>).</summary>
    private MeasuredOperation MeasureOperation(SwaggerOperation operation)
    {
        var schemas = new List<MeasuredSchema>();
        foreach (var parameter in operation.Parameters)
        {
            var element = parameter.Element.Value;
            if (element.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (element.TryGetProperty("in"u8, out var location) && location.ValueKind == JsonValueKind.String && location.ValueEquals("body"u8))
            {
                if (element.TryGetProperty("schema"u8, out var schema))
                {
                    var (count, depth) = Measure(schema);
                    schemas.Add(new MeasuredSchema(parameter, true, count, depth));
                }
            }
            else
            {
                var (count, depth) = Measure(element);
                schemas.Add(new MeasuredSchema(parameter, false, count, depth));
            }
        }

        foreach (var response in operation.Responses)
        {
            if (response.Element.Kind == JsonValueKind.Object && response.Element.Value.TryGetProperty("schema"u8, out var schema))
            {
                var (count, depth) = Measure(schema);
                schemas.Add(new MeasuredSchema(response, count, depth));
            }
        }

        return new MeasuredOperation(operation, schemas);
    }

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
            if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)
                || !Schema.TryGetField(member, out var field) || field.Shape == SwaggerChildShape.None || field.ChildKind != SwaggerNodeKind.Schema)
            {
                continue;
            }

            if (field.CombinesSchemas)
            {
                MeasureAll(value, field.Shape, ref count, ref merged);
            }
            else
            {
                MeasureAll(value, field.Shape, ref count, ref nested);
            }
        }

        return (count, Math.Max(1 + nested, merged));
    }

    /// <summary>The schemas a keyword holds, as its shape says: a map's entries, a list's items, or the value itself.</summary>
    private void MeasureAll(JsonElement value, SwaggerChildShape shape, ref long count, ref int depth)
    {
        if (shape == SwaggerChildShape.Map)
        {
            if (value.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in value.EnumerateObject())
                {
                    Include(Measure(entry.Value), ref count, ref depth);
                }
            }
        }
        else if (value.ValueKind == JsonValueKind.Array && shape is SwaggerChildShape.List or SwaggerChildShape.SingleOrList)
        {
            foreach (var item in value.EnumerateArray())
            {
                Include(Measure(item), ref count, ref depth);
            }
        }
        else if (shape != SwaggerChildShape.List)
        {
            Include(Measure(value), ref count, ref depth);
        }
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
            return (known.Count, known.Depth);
        }

        if (_expanding.Count >= MaxExpansion || !_expanding.Add(reference))
        {
            return (1, 1);
        }

        var (count, depth) = SchemaReferences.TryFind(_document, reference, out var target) ? Measure(target) : (1, 1);
        _expanding.Remove(reference);
        _references[reference] = new Measured(count, depth);
        return (count, depth);
    }

    /// <summary>A class rather than a tuple: the dictionary then shares the framework's precompiled code.</summary>
    private sealed record Measured(long Count, int Depth);
}
