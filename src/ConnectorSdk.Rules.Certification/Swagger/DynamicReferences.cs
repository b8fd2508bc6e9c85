using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// The <c>parameters</c> of the dynamic extensions that call an operation (values, list, schema, properties): each key
/// names an input of the called operation, each value is a static value (<c>"json"</c>, <c>{"value": 10}</c>) or a
/// reference to an input of the operation that holds the extension (<c>{"parameter": "siteId"}</c>,
/// <c>{"parameterReference": "body/siteId"}</c>). An input is a parameter (the body by its name), or a property of the body
/// named by its path: segments joined with '/' or '.', after an optional "body" or the body parameter's name.
/// </summary>
internal static class DynamicReferences
{
    private const int MaxDepth = 16;

    /// <summary>The operations of the swagger by their string operationId (the first of each), made once per connector.</summary>
    public static readonly ConnectorValueProvider<Dictionary<string, SwaggerOperation>> OperationsById = new(connector =>
    {
        var byId = new Dictionary<string, SwaggerOperation>(StringComparer.Ordinal);
        foreach (var operation in connector.Swagger!.Operations)
        {
            if (operation.OperationId is { } id)
            {
                byId.TryAdd(id, operation);
            }
        }

        return byId;
    });

    /// <summary>Whether the member is a dynamic extension that calls an operation with parameters.</summary>
    public static bool Calls(JsonProperty member)
        => member.Value.ValueKind == JsonValueKind.Object && DynamicExtensions.TryGet(member, out _) && !member.NameEquals("x-ms-dynamic-tree"u8);

    /// <summary>The operation an extension's value calls, when its operationId is a string naming one (else PPC1055's or PPC1161's).</summary>
    public static bool TryGetCalled(ConnectorContext context, JsonElement extension, out SwaggerOperation called)
    {
        called = null!;
        return extension.TryGetProperty("operationId"u8, out var id) && id.ValueKind == JsonValueKind.String
            && context.GetValue(OperationsById).TryGetValue(id.GetString()!, out called!);
    }

    /// <summary>A reference's name: <c>{"parameter": "name"}</c> or <c>{"parameterReference": "name"}</c>.</summary>
    public static bool TryGetReference(JsonElement value, out string name)
    {
        if (value.ValueKind == JsonValueKind.Object
            && (value.TryGetProperty("parameter"u8, out var reference) || value.TryGetProperty("parameterReference"u8, out reference))
            && reference.ValueKind == JsonValueKind.String)
        {
            name = reference.GetString()!;
            return true;
        }

        name = null!;
        return false;
    }

    /// <summary>A static value: <c>{"value": v}</c>, or anything written directly but an object.</summary>
    public static bool TryGetStatic(JsonElement value, out JsonElement literal)
    {
        literal = value;
        return value.ValueKind != JsonValueKind.Object || value.TryGetProperty("value"u8, out literal);
    }

    /// <summary>The operation's non-body parameter named <paramref name="name"/>, <c>$ref</c> resolved.</summary>
    public static SwaggerParameter? FindParameter(SwaggerOperation operation, string name)
        => operation.Parameters.FirstOrDefault(parameter => parameter.IsResolved && parameter.In != Parameters.Body && parameter.Name == name);

    /// <summary>Whether <paramref name="name"/> names an input of the operation: a parameter or a property of its body.</summary>
    public static bool IsInput(SwaggerDocument swagger, SwaggerOperation operation, string name)
        => FindParameter(operation, name) is not null || TryGetBodyProperty(swagger, operation, name, out _);

    /// <summary>The body (by its name) or the body property <paramref name="path"/> names, references followed (through array items too).</summary>
    public static bool TryGetBodyProperty(SwaggerDocument swagger, SwaggerOperation operation, string path, out SourceElement property)
    {
        property = default;
        var body = operation.Parameters.FirstOrDefault(parameter => parameter.IsResolved && parameter.In == Parameters.Body);
        if (body is null || !body.Element.TryGetProperty("schema"u8, out var schema))
        {
            return false;
        }

        property = schema;
        if (path == body.Name)
        {
            return true;
        }

        var segments = path.Split('/', '.');
        var first = segments.Length > 1 && (segments[0] == Parameters.Body || segments[0] == body.Name) ? 1 : 0;
        if (segments.Length - first > MaxDepth)
        {
            return false;
        }

        for (var i = first; i < segments.Length; i++)
        {
            if (!TryGetChild(swagger, property, segments[i], out property))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryGetChild(SwaggerDocument swagger, SourceElement schema, string name, out SourceElement child)
    {
        child = default;
        if (!swagger.TryResolve(schema, out var resolved) || resolved.Kind != JsonValueKind.Object)
        {
            return false;
        }

        if (resolved.TryGetProperty("properties"u8, out var properties) && properties.Kind == JsonValueKind.Object && properties.TryGetProperty(name, out child))
        {
            return true;
        }

        return resolved.TryGetProperty("items"u8, out var items) && swagger.TryResolve(items, out var item) && item.Kind == JsonValueKind.Object
            && item.TryGetProperty("properties"u8, out properties) && properties.Kind == JsonValueKind.Object && properties.TryGetProperty(name, out child);
    }
    /// <summary>
    /// The first entry of an extension's <c>parameters</c> that refers with <c>{"parameter": ...}</c> to a body property
    /// by its path (a name with '/'), which only the newer extensions' <c>parameterReference</c> can name.
    /// </summary>
    public static bool TryGetPathReference(JsonElement extension, out string key, out string reference)
    {
        if (extension.ValueKind == JsonValueKind.Object && extension.TryGetProperty("parameters"u8, out var inputs) && inputs.ValueKind == JsonValueKind.Object)
        {
            foreach (var input in inputs.EnumerateObject())
            {
                if (input.Value.ValueKind == JsonValueKind.Object && input.Value.TryGetProperty("parameter"u8, out var name) && name.ValueKind == JsonValueKind.String
                    && name.GetString() is { } path && path.Contains('/', StringComparison.Ordinal))
                {
                    (key, reference) = (input.Name, path);
                    return true;
                }
            }
        }

        (key, reference) = (null!, null!);
        return false;
    }

    /// <summary>A reference to an input, in a dynamic extension on a non-body parameter of an operation.</summary>
    /// <param name="Parameter">The parameter holding the extension.</param>
    /// <param name="Extension">The extension's name.</param>
    /// <param name="Called">The operation the extension calls.</param>
    /// <param name="Key">The called operation's input the reference fills.</param>
    /// <param name="Name">The input of the operation holding the extension that the reference names.</param>
    /// <param name="Element">The reference's name, located (its pointer is made when asked for).</param>
    public readonly record struct Reference(SwaggerParameter Parameter, string Extension, SwaggerOperation Called, string Key, string Name, SourceElement Element);

    /// <summary>
    /// The references of the dynamic extensions on the operation's non-body parameters (its own and its path item's,
    /// <c>$ref</c> resolved), whose called operation exists. References in schemas are not read here: a schema may be
    /// shared by operations with other inputs.
    /// </summary>
    public static IEnumerable<Reference> InParameters(OperationContext context)
    {
        foreach (var parameter in context.Operation.Parameters)
        {
            if (!parameter.IsResolved || parameter.In == Parameters.Body || parameter.Element.Kind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var member in parameter.Element.Value.EnumerateObject())
            {
                if (!Calls(member) || !TryGetCalled(context, member.Value, out var called)
                    || !member.Value.TryGetProperty("parameters"u8, out var inputs) || inputs.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var input in inputs.EnumerateObject())
                {
                    if (TryGetReference(input.Value, out var name))
                    {
                        parameter.Element.TryNavigate([member.Name, "parameters", input.Name, input.Value.TryGetProperty("parameter"u8, out _) ? "parameter" : "parameterReference"], out var located);
                        yield return new Reference(parameter, member.Name, called, input.Name, name, located);
                    }
                }
            }
        }
    }
}
