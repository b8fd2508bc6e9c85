using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>The JSON type an OpenAPI 2.0 fixed field holds.</summary>
internal enum FieldType
{
    String,
    Boolean,
    Number,
    Object,
    Array,

    /// <summary>An array of strings (schemes, consumes, produces, tags of an operation).</summary>
    StringArray,
}

/// <summary>An object of the OpenAPI 2.0 specification: its fixed fields with their types, and which are required.</summary>
internal sealed record OpenApi2Object(string Name, IReadOnlyDictionary<string, FieldType> Fields, string[] Required)
{
    // The field names in UTF-8 and their types, to match a parsed member without making a string of its name.
    private readonly byte[][] _utf8Names = [.. Fields.Keys.Select(Encoding.UTF8.GetBytes)];
    private readonly FieldType[] _types = [.. Fields.Values];

    /// <summary>Whether <paramref name="member"/> is a fixed field of this object, and its type.</summary>
    public bool TryGetField(JsonProperty member, out FieldType type)
    {
        var name = JsonMarshal.GetRawUtf8PropertyName(member);
        if (name.IndexOf((byte)'\\') >= 0)
        {
            // A name written with escapes (rare) is compared decoded.
            return Fields.TryGetValue(member.Name, out type);
        }

        for (var i = 0; i < _utf8Names.Length; i++)
        {
            if (name.SequenceEqual(_utf8Names[i]))
            {
                type = _types[i];
                return true;
            }
        }

        type = default;
        return false;
    }
}

/// <summary>
/// The objects of the OpenAPI 2.0 specification (https://swagger.io/specification/v2/) that the structure
/// checks know, in one place. Extensions (<c>x-...</c>) are never fixed fields. <c>swagger</c> and
/// <c>operationId</c> are left to their own rules (PPC1001, PPC1050).
/// </summary>
internal static class OpenApi2Objects
{
    public static readonly OpenApi2Object Swagger = new("the document", new Dictionary<string, FieldType>(StringComparer.Ordinal)
    {
        ["info"] = FieldType.Object,
        ["host"] = FieldType.String,
        ["basePath"] = FieldType.String,
        ["schemes"] = FieldType.StringArray,
        ["consumes"] = FieldType.StringArray,
        ["produces"] = FieldType.StringArray,
        ["paths"] = FieldType.Object,
        ["definitions"] = FieldType.Object,
        ["parameters"] = FieldType.Object,
        ["responses"] = FieldType.Object,
        ["securityDefinitions"] = FieldType.Object,
        ["security"] = FieldType.Array,
        ["tags"] = FieldType.Array,
        ["externalDocs"] = FieldType.Object,
    }, ["info", "paths"]);

    public static readonly OpenApi2Object Info = new("info", new Dictionary<string, FieldType>(StringComparer.Ordinal)
    {
        ["title"] = FieldType.String,
        ["description"] = FieldType.String,
        ["termsOfService"] = FieldType.String,
        ["contact"] = FieldType.Object,
        ["license"] = FieldType.Object,
        ["version"] = FieldType.String,
    }, ["title", "version"]);

    public static readonly OpenApi2Object Contact = new("contact", new Dictionary<string, FieldType>(StringComparer.Ordinal)
    {
        ["name"] = FieldType.String,
        ["url"] = FieldType.String,
        ["email"] = FieldType.String,
    }, []);

    public static readonly OpenApi2Object License = new("license", new Dictionary<string, FieldType>(StringComparer.Ordinal)
    {
        ["name"] = FieldType.String,
        ["url"] = FieldType.String,
    }, ["name"]);

    public static readonly OpenApi2Object PathItem = new("path item", new Dictionary<string, FieldType>(StringComparer.Ordinal)
    {
        ["get"] = FieldType.Object,
        ["put"] = FieldType.Object,
        ["post"] = FieldType.Object,
        ["delete"] = FieldType.Object,
        ["options"] = FieldType.Object,
        ["head"] = FieldType.Object,
        ["patch"] = FieldType.Object,
        ["parameters"] = FieldType.Array,
    }, []);

    public static readonly OpenApi2Object Operation = new("operation", new Dictionary<string, FieldType>(StringComparer.Ordinal)
    {
        ["tags"] = FieldType.StringArray,
        ["summary"] = FieldType.String,
        ["description"] = FieldType.String,
        ["externalDocs"] = FieldType.Object,
        ["consumes"] = FieldType.StringArray,
        ["produces"] = FieldType.StringArray,
        ["parameters"] = FieldType.Array,
        ["responses"] = FieldType.Object,
        ["schemes"] = FieldType.StringArray,
        ["deprecated"] = FieldType.Boolean,
        ["security"] = FieldType.Array,
    }, ["responses"]);

    /// <summary>The fields every parameter has; what else it needs depends on <c>in</c>.</summary>
    public static readonly OpenApi2Object Parameter = new("parameter", new Dictionary<string, FieldType>(StringComparer.Ordinal)
    {
        ["name"] = FieldType.String,
        ["in"] = FieldType.String,
        ["description"] = FieldType.String,
        ["required"] = FieldType.Boolean,
        ["schema"] = FieldType.Object,
        ["type"] = FieldType.String,
        ["format"] = FieldType.String,
        ["allowEmptyValue"] = FieldType.Boolean,
        ["items"] = FieldType.Object,
        ["collectionFormat"] = FieldType.String,
        ["maximum"] = FieldType.Number,
        ["exclusiveMaximum"] = FieldType.Boolean,
        ["minimum"] = FieldType.Number,
        ["exclusiveMinimum"] = FieldType.Boolean,
        ["maxLength"] = FieldType.Number,
        ["minLength"] = FieldType.Number,
        ["pattern"] = FieldType.String,
        ["maxItems"] = FieldType.Number,
        ["minItems"] = FieldType.Number,
        ["uniqueItems"] = FieldType.Boolean,
        ["enum"] = FieldType.Array,
        ["multipleOf"] = FieldType.Number,
    }, ["name", "in"]);

    public static readonly OpenApi2Object Response = new("response", new Dictionary<string, FieldType>(StringComparer.Ordinal)
    {
        ["description"] = FieldType.String,
        ["schema"] = FieldType.Object,
        ["headers"] = FieldType.Object,
        ["examples"] = FieldType.Object,
    }, ["description"]);

    public static readonly OpenApi2Object Tag = new("tag", new Dictionary<string, FieldType>(StringComparer.Ordinal)
    {
        ["name"] = FieldType.String,
        ["description"] = FieldType.String,
        ["externalDocs"] = FieldType.Object,
    }, ["name"]);

    public static readonly OpenApi2Object ExternalDocs = new("externalDocs", new Dictionary<string, FieldType>(StringComparer.Ordinal)
    {
        ["description"] = FieldType.String,
        ["url"] = FieldType.String,
    }, ["url"]);

    /// <summary>The values of a parameter's <c>in</c>.</summary>
    public static readonly string[] ParameterLocations = ["query", "header", "path", "formData", "body"];

    /// <summary>The values of a non-body parameter's <c>type</c>.</summary>
    public static readonly string[] ParameterTypes = ["string", "number", "integer", "boolean", "array", "file"];

    /// <summary>Whether a JSON string is one of <paramref name="values"/>, compared without making a string of it.</summary>
    public static bool IsOneOf(JsonElement value, string[] values)
    {
        foreach (var candidate in values)
        {
            if (value.ValueEquals(candidate))
            {
                return true;
            }
        }

        return false;
    }
}
