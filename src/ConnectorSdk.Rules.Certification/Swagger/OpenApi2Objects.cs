using System.Text;
using System.Text.Json;
using ConnectorSdk.Analysis;

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

/// <summary>
/// An object of the OpenAPI 2.0 specification: its fixed fields with their types, and which are required.
/// A parsed member is matched on its UTF-8 name, and the fields an object has are a set of bits (one per
/// field, in the order of <see cref="Fields"/>), so that checking an object makes no string.
/// </summary>
internal sealed class OpenApi2Object
{
    private readonly string[] _names;
    private readonly byte[][] _utf8Names;
    private readonly FieldType[] _types;

    public OpenApi2Object(string name, IReadOnlyDictionary<string, FieldType> fields, string[] required)
    {
        Name = name;
        Fields = fields;
        Required = required;
        _names = [.. fields.Keys];
        _utf8Names = [.. _names.Select(Encoding.UTF8.GetBytes)];
        _types = [.. fields.Values];
        RequiredBits = required.Aggregate(0UL, (bits, field) => bits | Bit(field));
    }

    public string Name { get; }

    public IReadOnlyDictionary<string, FieldType> Fields { get; }

    public string[] Required { get; }

    /// <summary>The bits of the required fields.</summary>
    public ulong RequiredBits { get; }

    /// <summary>The bit of a fixed field.</summary>
    public ulong Bit(string field) => 1UL << Array.IndexOf(_names, field);

    /// <summary>Whether <paramref name="member"/> is a fixed field of this object, with its type and bit.</summary>
    public bool TryGetField(JsonProperty member, out FieldType type, out ulong bit)
    {
        var index = IndexOf(Utf8Text.Name(member));
        type = index < 0 ? default : _types[index];
        bit = index < 0 ? 0 : 1UL << index;
        return index >= 0;
    }

    private int IndexOf(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < _utf8Names.Length; i++)
        {
            if (name.SequenceEqual(_utf8Names[i]))
            {
                return i;
            }
        }

        return -1;
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

    private static readonly byte[][] Utf8ParameterLocations = [.. ParameterLocations.Select(Encoding.UTF8.GetBytes)];

    private static readonly byte[][] Utf8ParameterTypes = [.. ParameterTypes.Select(Encoding.UTF8.GetBytes)];

    /// <summary>Whether a JSON string is one of <see cref="ParameterLocations"/>, compared without making a string of it.</summary>
    public static bool IsParameterLocation(JsonElement value) => IsOneOf(value, Utf8ParameterLocations);

    /// <summary>Whether a JSON string is one of <see cref="ParameterTypes"/>, compared without making a string of it.</summary>
    public static bool IsParameterType(JsonElement value) => IsOneOf(value, Utf8ParameterTypes);

    private static bool IsOneOf(JsonElement value, byte[][] values)
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
