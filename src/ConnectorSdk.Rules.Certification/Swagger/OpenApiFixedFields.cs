namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// The fixed fields of each OpenAPI 2.0 object (https://swagger.io/specification/v2/), the only copy of
/// these lists. Any other member of these objects must be an extension (<c>x-</c>).
/// </summary>
internal static class OpenApiFixedFields
{
    private static readonly string[] ItemsFields =
    [
        "type", "format", "items", "collectionFormat", "default", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "enum", "multipleOf",
    ];

    public static readonly FieldSet Swagger = new("the swagger object",
        "swagger", "info", "host", "basePath", "schemes", "consumes", "produces", "paths", "definitions", "parameters", "responses",
        "securityDefinitions", "security", "tags", "externalDocs");

    public static readonly FieldSet Info = new("info", "title", "description", "termsOfService", "contact", "license", "version");

    public static readonly FieldSet Contact = new("contact", "name", "url", "email");

    public static readonly FieldSet License = new("license", "name", "url");

    public static readonly FieldSet PathItem = new("a path item", "$ref", "get", "put", "post", "delete", "options", "head", "patch", "parameters");

    public static readonly FieldSet Operation = new("an operation",
        "tags", "summary", "description", "externalDocs", "operationId", "consumes", "produces", "parameters", "responses", "schemes", "deprecated", "security");

    public static readonly FieldSet Parameter = new("a parameter", [.. ItemsFields, "name", "in", "description", "required", "schema", "allowEmptyValue"]);

    public static readonly FieldSet Items = new("an items object", ItemsFields);

    public static readonly FieldSet Response = new("a response", "description", "schema", "headers", "examples");

    public static readonly FieldSet Header = new("a header", [.. ItemsFields, "description"]);

    public static readonly FieldSet Schema = new("a schema",
        "$ref", "format", "title", "description", "default", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxProperties", "minProperties", "required", "enum",
        "type", "items", "allOf", "properties", "additionalProperties", "discriminator", "readOnly", "xml", "externalDocs", "example");

    public static readonly FieldSet Xml = new("an xml object", "name", "namespace", "prefix", "attribute", "wrapped");

    public static readonly FieldSet SecurityScheme = new("a security definition", "type", "description", "name", "in", "flow", "authorizationUrl", "tokenUrl", "scopes");

    public static readonly FieldSet Tag = new("a tag", "name", "description", "externalDocs");

    public static readonly FieldSet ExternalDocs = new("an externalDocs object", "description", "url");

    /// <summary>The fields of one kind of object, and how messages name that kind.</summary>
    internal sealed class FieldSet(string noun, params string[] fields)
    {
        private readonly HashSet<string> _fields = new(fields, StringComparer.Ordinal);

        /// <summary>The UTF-8 names by length, so that a raw property name is looked up without a string.</summary>
        private readonly byte[][][] _utf8ByLength = ByLength(fields);

        public string Noun { get; } = noun;

        /// <summary>Whether an unescaped UTF-8 name is a field.</summary>
        public bool Contains(ReadOnlySpan<byte> utf8Name)
        {
            if (utf8Name.Length >= _utf8ByLength.Length)
            {
                return false;
            }

            foreach (var field in _utf8ByLength[utf8Name.Length])
            {
                if (utf8Name.SequenceEqual(field))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The fixed field that differs from <paramref name="name"/> only in letter case.</summary>
        public string? CaseVariant(string name) => _fields.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));

        private static byte[][][] ByLength(string[] fields)
        {
            var utf8 = fields.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
            var byLength = new byte[utf8.Max(f => f.Length) + 1][][];
            for (var length = 0; length < byLength.Length; length++)
            {
                byLength[length] = utf8.Where(f => f.Length == length).ToArray();
            }

            return byLength;
        }
    }
}
