using System.Text.Json;
using Shape = ConnectorSdk.Analysis.Swagger.SwaggerChildShape;
using Type = ConnectorSdk.Analysis.Swagger.SwaggerFieldType;
using Kind = ConnectorSdk.Analysis.Swagger.SwaggerNodeKind;

namespace ConnectorSdk.Analysis.Swagger;

/// <summary>
/// The OpenAPI 2.0 metamodel (https://swagger.io/specification/v2/), the one place that says what each object of a
/// swagger holds: the engine's walk, the Swagger view and the structure rules all derive from it. Beyond the fixed
/// fields it lists what the walk must know: the JSON-schema keywords 2.0 leaves out but connectors write (<c>anyOf</c>,
/// <c>oneOf</c>, <c>not</c>: schemas nest under them) and the data members (<c>x-example</c>, <c>x-ms-test-value</c>).
/// Extensions (<c>x-...</c>) are never fixed fields.
/// </summary>
public static class SwaggerModel
{
    /// <summary>The HTTP methods that make a path item member an operation, as OpenAPI 2.0 writes them.</summary>
    public static IReadOnlyList<string> HttpMethods { get; } = ["get", "put", "post", "delete", "options", "head", "patch"];

    /// <summary>The values of a parameter's <c>in</c>.</summary>
    public static IReadOnlyList<string> ParameterLocations { get; } = ["query", "header", "path", "formData", "body"];

    /// <summary>The values of a non-body parameter's <c>type</c>.</summary>
    public static IReadOnlyList<string> ParameterTypes { get; } = ["string", "number", "integer", "boolean", "array", "file"];

    private static readonly SwaggerObjectModel[] Objects = Build();

    /// <summary>The model of a kind of object.</summary>
    public static SwaggerObjectModel Of(SwaggerNodeKind kind) => Objects[(int)kind];

    /// <summary>Every kind of node, in the order of <see cref="SwaggerNodeKind"/>.</summary>
    public static IReadOnlyList<SwaggerObjectModel> All => Objects;

    /// <summary>Whether a member is an extension: its name, decoded, starts with <c>x-</c>.</summary>
    public static bool IsExtension(JsonProperty member) => IsExtension(Utf8Text.Name(member));

    /// <summary>Whether a decoded UTF-8 member name is an extension's (starts with <c>x-</c>).</summary>
    public static bool IsExtension(ReadOnlySpan<byte> utf8Name) => utf8Name.StartsWith("x-"u8);

    /// <summary>Whether a member name is an extension's (starts with <c>x-</c>).</summary>
    public static bool IsExtension(string name) => name.StartsWith("x-", StringComparison.Ordinal);

    private static SwaggerObjectModel[] Build()
    {
        // A field belongs to one object (its Index is its place there): lists shared by several objects are made anew for each.
        SwaggerField[] ItemsFields() =>
        [
            Field("type", Type.String), Field("format", Type.String), Child("items", Type.Object, Kind.Items, Shape.Single), Field("collectionFormat", Type.String),
            Data("default", Type.Any), .. Validations(), Data("enum", Type.Array),
        ];
        var models = new SwaggerObjectModel[(int)Kind.Other + 1];
        void Add(Kind kind, string name, params SwaggerField[] fields) => models[(int)kind] = new SwaggerObjectModel(kind, name, fields);

        Add(Kind.Document, "Swagger Object",
            Field("swagger", Type.String, required: true), Child("info", Type.Object, Kind.Info, Shape.Single, required: true), Field("host", Type.String),
            Field("basePath", Type.String), Field("schemes", Type.StringArray), Field("consumes", Type.StringArray), Field("produces", Type.StringArray),
            Child("paths", Type.Object, Kind.PathItem, Shape.MapWithExtensions, required: true), Child("definitions", Type.Object, Kind.Schema, Shape.Map),
            Child("parameters", Type.Object, Kind.Parameter, Shape.Map), Child("responses", Type.Object, Kind.Response, Shape.Map),
            Child("securityDefinitions", Type.Object, Kind.SecurityScheme, Shape.Map), Field("security", Type.Array), Child("tags", Type.Array, Kind.Tag, Shape.List),
            Child("externalDocs", Type.Object, Kind.ExternalDocs, Shape.Single));
        Add(Kind.Info, "Info Object",
            Field("title", Type.String, required: true), Field("description", Type.String), Field("termsOfService", Type.String),
            Child("contact", Type.Object, Kind.Contact, Shape.Single), Child("license", Type.Object, Kind.License, Shape.Single), Field("version", Type.String, required: true));
        Add(Kind.Contact, "Contact Object", Field("name", Type.String), Field("url", Type.String), Field("email", Type.String));
        Add(Kind.License, "License Object", Field("name", Type.String, required: true), Field("url", Type.String));
        Add(Kind.PathItem, "Path Item Object",
            [Field("$ref", Type.String), .. HttpMethods.Select(method => Child(method, Type.Object, Kind.Operation, Shape.Single)), Child("parameters", Type.Array, Kind.Parameter, Shape.List)]);
        Add(Kind.Operation, "Operation Object",
            Field("tags", Type.StringArray), Field("summary", Type.String), Field("description", Type.String), Child("externalDocs", Type.Object, Kind.ExternalDocs, Shape.Single),
            Field("operationId", Type.String), Field("consumes", Type.StringArray), Field("produces", Type.StringArray), Child("parameters", Type.Array, Kind.Parameter, Shape.List),
            Child("responses", Type.Object, Kind.Response, Shape.MapWithExtensions, required: true), Field("schemes", Type.StringArray), Field("deprecated", Type.Boolean),
            Field("security", Type.Array));
        Add(Kind.Parameter, "Parameter Object",
            [
                Field("name", Type.String, required: true), Field("in", Type.String, required: true), Field("description", Type.String), Field("required", Type.Boolean),
                Child("schema", Type.Object, Kind.Schema, Shape.Single), Field("allowEmptyValue", Type.Boolean), .. ItemsFields(), .. DataExtensions(),
            ]);
        Add(Kind.Items, "Items Object", [.. ItemsFields(), .. DataExtensions()]);
        Add(Kind.Response, "Response Object",
            Field("description", Type.String, required: true), Child("schema", Type.Object, Kind.Schema, Shape.Single), Child("headers", Type.Object, Kind.Header, Shape.Map),
            Data("examples", Type.Object));
        Add(Kind.Header, "Header Object", [Field("description", Type.String), .. ItemsFields(), .. DataExtensions()]);
        Add(Kind.Schema, "Schema Object",
            [
                Field("$ref", Type.String), Field("format", Type.String), Field("title", Type.String), Field("description", Type.String), Data("default", Type.Any),
                .. Validations(), Field("maxProperties", Type.Number), Field("minProperties", Type.Number), Field("required", Type.StringArray), Data("enum", Type.Array),
                Field("type", Type.String), Child("items", Type.Object, Kind.Schema, Shape.SingleOrList), Child("allOf", Type.Array, Kind.Schema, Shape.List, combines: true),
                Child("properties", Type.Object, Kind.Schema, Shape.Map), Child("additionalProperties", Type.Any, Kind.Schema, Shape.Single), Field("discriminator", Type.String),
                Field("readOnly", Type.Boolean), Child("xml", Type.Object, Kind.Xml, Shape.Single), Child("externalDocs", Type.Object, Kind.ExternalDocs, Shape.Single), Data("example", Type.Any),
                Child("anyOf", Type.Array, Kind.Schema, Shape.List, isFixed: false, combines: true), Child("oneOf", Type.Array, Kind.Schema, Shape.List, isFixed: false, combines: true),
                Child("not", Type.Object, Kind.Schema, Shape.Single, isFixed: false), Data("x-example", Type.Any, isFixed: false), Data("x-ms-test-value", Type.Any, isFixed: false),
            ]);
        Add(Kind.Xml, "XML Object", Field("name", Type.String), Field("namespace", Type.String), Field("prefix", Type.String), Field("attribute", Type.Boolean), Field("wrapped", Type.Boolean));
        Add(Kind.SecurityScheme, "Security Scheme Object",
            Field("type", Type.String, required: true), Field("description", Type.String), Field("name", Type.String), Field("in", Type.String), Field("flow", Type.String),
            Field("authorizationUrl", Type.String), Field("tokenUrl", Type.String), Field("scopes", Type.Object));
        Add(Kind.Tag, "Tag Object", Field("name", Type.String, required: true), Field("description", Type.String), Child("externalDocs", Type.Object, Kind.ExternalDocs, Shape.Single));
        Add(Kind.ExternalDocs, "External Documentation Object", Field("description", Type.String), Field("url", Type.String, required: true));
        Add(Kind.Other, "other object",
            [Child("schema", Type.Any, Kind.Schema, Shape.Single, isFixed: false), Data("examples", Type.Any, isFixed: false), Data("default", Type.Any, isFixed: false),
             Data("enum", Type.Any, isFixed: false), .. DataExtensions()]);
        return models;
    }

    /// <summary>The validation keywords parameters, items, headers and schemas share (<c>enum</c> and <c>default</c> are data).</summary>
    private static SwaggerField[] Validations() =>
    [
        Field("maximum", Type.Number), Field("exclusiveMaximum", Type.Boolean), Field("minimum", Type.Number), Field("exclusiveMinimum", Type.Boolean),
        Field("maxLength", Type.Number), Field("minLength", Type.Number), Field("pattern", Type.String), Field("maxItems", Type.Number), Field("minItems", Type.Number),
        Field("uniqueItems", Type.Boolean), Field("multipleOf", Type.Number),
    ];

    /// <summary>Example values connectors write as extensions (and <c>example</c>, which 2.0 gives only schemas): data, not description.</summary>
    private static SwaggerField[] DataExtensions() => [Data("example", Type.Any, isFixed: false), Data("x-example", Type.Any, isFixed: false), Data("x-ms-test-value", Type.Any, isFixed: false)];

    private static SwaggerField Field(string name, SwaggerFieldType type, bool required = false)
        => new(name, type, required, isFixed: true, isData: false, Kind.Other, Shape.None, combinesSchemas: false);

    private static SwaggerField Data(string name, SwaggerFieldType type, bool isFixed = true)
        => new(name, type, isRequired: false, isFixed, isData: true, Kind.Other, Shape.None, combinesSchemas: false);

    private static SwaggerField Child(string name, SwaggerFieldType type, Kind kind, SwaggerChildShape shape, bool required = false, bool isFixed = true, bool combines = false)
        => new(name, type, required, isFixed, isData: false, kind, shape, combines);
}
