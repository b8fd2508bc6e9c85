using System.Globalization;
using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// The objects that carry JSON-schema keywords (<c>type</c>, <c>default</c>, <c>enum</c>, <c>items</c>, ...) where the
/// engine's walk meets them, and how messages name them: schemas, non-body parameters, their <c>items</c>, and headers.
/// </summary>
internal static class SchemaNodes
{
    /// <summary>The node kinds that hold the keywords: schemas, parameters, items and headers.</summary>
    public static readonly SwaggerNodeKind[] Kinds = [SwaggerNodeKind.Schema, SwaggerNodeKind.Parameter, SwaggerNodeKind.Items, SwaggerNodeKind.Header];

    /// <summary>
    /// The node's declared <c>type</c> when it is a string, for an object that declares its own keywords: not a
    /// reference, and not a body parameter (its schema is a node of its own).
    /// </summary>
    public static bool TryGetType(SwaggerNodeContext context, out string type)
    {
        type = null!;
        if (!DeclaresKeywords(context) || !context.Value.TryGetProperty("type"u8, out var declared) || declared.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        type = declared.GetString()!;
        return true;
    }

    /// <summary>The schema keywords that describe a value; a schema with none of them describes nothing.</summary>
    private static readonly string[] ContentKeywords =
    [
        "type", "$ref", "properties", "additionalProperties", "items", "allOf", "anyOf", "oneOf", "enum", "format",
        "x-ms-dynamic-schema", "x-ms-dynamic-properties",
    ];

    /// <summary>Whether a schema object says nothing about the value: <c>{}</c>, or only annotations such as a description.</summary>
    public static bool DescribesNothing(JsonElement schema)
        => schema.ValueKind == JsonValueKind.Object && !ContentKeywords.Any(keyword => schema.TryGetProperty(keyword, out _));

    /// <summary>
    /// Whether the node is an object that declares keywords of its own: not a reference, and not a body parameter (its
    /// schema is a node of its own).
    /// </summary>
    public static bool DeclaresKeywords(SwaggerNodeContext context)
    {
        var value = context.Value;
        return value.ValueKind == JsonValueKind.Object && !value.TryGetProperty("$ref"u8, out _)
            && !(context.Kind == SwaggerNodeKind.Parameter && value.TryGetProperty("in"u8, out var location) && location.ValueKind == JsonValueKind.String && location.ValueEquals("body"u8));
    }

    /// <summary>The node's member <paramref name="name"/> when it is a number (a keyword's bound), else null.</summary>
    public static double? GetNumber(JsonElement value, string name)
        => value.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.Number && member.TryGetDouble(out var number) ? number : null;

    /// <summary>
    /// Whether a JSON value is an instance of the OpenAPI 2.0 type: an integer is a number without a fraction. Null is
    /// accepted (platforms read it as "no value"); a type OpenAPI 2.0 does not define (file, a typo) accepts anything.
    /// </summary>
    public static bool IsOfType(JsonElement value, string type) => value.ValueKind == JsonValueKind.Null || type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && IsIntegral(value),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        _ => true,
    };

    /// <summary>
    /// Whether a JSON string holds, as text, a value of a primitive OpenAPI 2.0 type: "10" for an integer, "1.5" for a
    /// number, "true" for a boolean (what .NET's invariant parsing, and so the platform, converts).
    /// </summary>
    public static bool IsTextOfType(JsonElement value, string type)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var text = value.GetString();
        return type switch
        {
            "integer" => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "number" => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number),
            "boolean" => bool.TryParse(text, out _),
            _ => false,
        };
    }

    private static bool IsIntegral(JsonElement value)
        => value.TryGetInt64(out _) || (value.TryGetDouble(out var number) && double.IsFinite(number) && Math.Floor(number) == number);

    /// <summary>
    /// How a message names the node the walk is at: "property 'status'", "items of parameter 'tags'", "schema of
    /// response '200'", "definition 'Item'", else its JSON pointer.
    /// </summary>
    public static string Describe(JsonPath path) => Describe(path, path.Depth);

    private static string Describe(JsonPath path, int depth)
    {
        if (depth == 0)
        {
            return "the document";
        }

        var step = depth - 1;
        var name = path.Name(step);
        var owner = step > 0 ? path.Name(step - 1) : null;
        return (name, owner) switch
        {
            ("items" or "schema" or "additionalProperties" or "not", _) => $"{name} of {Describe(path, depth - 1)}",
            (null, "items" or "allOf" or "anyOf" or "oneOf") => $"{owner}[{path.Index(step)}] of {Describe(path, depth - 2)}",
            (null, "parameters") when path.Value(step) is { ValueKind: JsonValueKind.Object } parameter
                && parameter.TryGetProperty("name"u8, out var parameterName) && parameterName.ValueKind == JsonValueKind.String
                => $"parameter '{parameterName.GetString()}'{OfOperation(path, step - 1)}",
            (not null, "properties") => $"property '{name}'",
            (not null, "definitions") => $"definition '{name}'",
            (not null, "headers") => $"header '{name}'",
            (not null, "responses") => $"response '{name}'{OfOperation(path, step - 1)}",
            (not null, "parameters") => $"parameter '{name}'",
            _ => $"'{path.ToPointer()}'",
        };
    }

    /// <summary>" of 'ListItems'" when step <paramref name="listStep"/> (a <c>parameters</c> or <c>responses</c>) is an operation's.</summary>
    private static string OfOperation(JsonPath path, int listStep)
    {
        var operationStep = listStep - 1;
        if (operationStep != 2 || !path.NameEquals(0, "paths"u8))
        {
            return "";
        }

        var operation = path.Value(operationStep);
        return operation.ValueKind == JsonValueKind.Object && operation.TryGetProperty("operationId"u8, out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } operationId
            ? $" of '{operationId}'"
            : $" of {path.Name(operationStep)!.ToUpperInvariant()} {path.Name(1)}";
    }

    /// <summary>Where the node's member <paramref name="name"/> is (its value), to report it; the pointer is made only here.</summary>
    public static Location Locate(SwaggerNodeContext context, string name)
        => context.Node.TryGetProperty(name, out var located) ? located.Location : context.Node.Location;
}
