using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1002: the definition is a complete OpenAPI 2.0 document: the fields the specification requires are
/// there (info with title and version, paths, an operation's responses, a response's description, a
/// parameter's name and in, a body parameter's schema, another parameter's type) and fixed fields hold the
/// JSON type the specification gives them. Checked directly on the parsed JSON, in one pass over the
/// document's structure (never over schemas or extension values).
/// </summary>
/// <remarks>
/// Not reported here, so that one defect gives one finding: a root that is not an object and the
/// <c>swagger</c> version (PPC1001; a document that is not declared 2.0 is not checked at all), <c>$ref</c> objects (PPC1016 checks them where they are used; the
/// targets are checked where they are defined), <c>operationId</c> (PPC1050), and anything named
/// <c>x-...</c>: extensions are open, whatever the stale official schema says.
/// </remarks>
public sealed class CompleteDocumentRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.IncompleteDocument,
        title: "The definition must be a complete OpenAPI 2.0 document",
        messageFormat: "{0} {1}",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "The platform reads the definition as OpenAPI 2.0: a required field that is missing (info, title, version, paths, responses, a response's description, a parameter's name, in, type or schema) or a field of the wrong JSON type makes the import or the certification fail.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        // A document that does not declare "swagger": "2.0" is PPC1001's: checking it against OpenAPI 2.0
        // (an OpenAPI 3 document, say) would only repeat that finding many times over.
        var root = context.Swagger.Root;
        if (root.GetString("swagger") != "2.0")
        {
            return;
        }

        var check = new Checker(context);
        check.Object(root, OpenApi2Objects.Swagger, "The document");
        if (root.TryGetProperty("info", out var info) && info.Kind == JsonValueKind.Object)
        {
            check.Object(info, OpenApi2Objects.Info, "'info'");
            check.Optional(info, "contact", OpenApi2Objects.Contact, "'info.contact'");
            check.Optional(info, "license", OpenApi2Objects.License, "'info.license'");
        }

        check.Optional(root, "externalDocs", OpenApi2Objects.ExternalDocs, "'externalDocs'");
        if (root.TryGetProperty("tags", out var tags))
        {
            foreach (var tag in tags.EnumerateItems())
            {
                check.Item(tag, OpenApi2Objects.Tag, $"Tag #{JsonPointerIndex(tag)}");
            }
        }

        if (root.TryGetProperty("paths", out var paths))
        {
            foreach (var pathItem in paths.EnumerateProperties().Where(p => !IsExtension(p.Name)))
            {
                check.PathItem(pathItem);
            }
        }

        if (root.TryGetProperty("parameters", out var parameters))
        {
            foreach (var parameter in parameters.EnumerateProperties())
            {
                check.Parameter(parameter, $"Parameter definition '{parameter.Name}'");
            }
        }

        if (root.TryGetProperty("responses", out var responses))
        {
            foreach (var response in responses.EnumerateProperties())
            {
                check.Response(response, $"Response definition '{response.Name}'");
            }
        }
    }

    private static bool IsExtension(string? name) => name is not null && name.StartsWith("x-", StringComparison.Ordinal);

    private static bool IsReference(SourceElement element) => element.TryGetProperty("$ref", out _);

    private static string JsonPointerIndex(SourceElement item) => item.Pointer[(item.Pointer.LastIndexOf('/') + 1)..];

    private static string Expected(FieldType type) => type switch
    {
        FieldType.String => "a string",
        FieldType.Boolean => "a boolean (true or false)",
        FieldType.Number => "a number",
        FieldType.Object => "an object",
        FieldType.Array => "an array",
        _ => "an array of strings",
    };

    private static bool HasType(SourceElement value, FieldType type) => type switch
    {
        FieldType.String => value.Kind == JsonValueKind.String,
        FieldType.Boolean => value.Kind is JsonValueKind.True or JsonValueKind.False,
        FieldType.Number => value.Kind == JsonValueKind.Number,
        FieldType.Object => value.Kind == JsonValueKind.Object,
        _ => value.Kind == JsonValueKind.Array,
    };

    private sealed class Checker(SwaggerContext context)
    {
        /// <summary>The required fields of <paramref name="element"/> and the types of its fixed fields.</summary>
        public void Object(SourceElement element, OpenApi2Object kind, string owner)
        {
            foreach (var field in kind.Required)
            {
                if (!element.TryGetProperty(field, out _))
                {
                    Report(element.NameLocation, owner, $"has no '{field}', which OpenAPI 2.0 requires ({Expected(kind.Fields[field])})");
                }
            }

            foreach (var member in element.EnumerateProperties())
            {
                if (kind.Fields.TryGetValue(member.Name!, out var type))
                {
                    Type(member, type, owner);
                }
            }
        }

        /// <summary>A nested object that may be absent; when present with another type, the type check of its owner reported it.</summary>
        public void Optional(SourceElement owner, string name, OpenApi2Object kind, string description)
        {
            if (owner.TryGetProperty(name, out var value) && value.Kind == JsonValueKind.Object)
            {
                Object(value, kind, description);
            }
        }

        /// <summary>An entry of a list or map that must be an object of <paramref name="kind"/>.</summary>
        public void Item(SourceElement item, OpenApi2Object kind, string owner)
        {
            if (item.Kind != JsonValueKind.Object)
            {
                Report(item.Location, owner, $"is {JsonKindNames.Describe(item.Kind)}; OpenAPI 2.0 requires a {kind.Name} object");
            }
            else
            {
                Object(item, kind, owner);
            }
        }

        public void PathItem(SourceElement pathItem)
        {
            var path = $"Path '{pathItem.Name}'";
            if (pathItem.Kind != JsonValueKind.Object)
            {
                Report(pathItem.Location, path, $"is {JsonKindNames.Describe(pathItem.Kind)}; OpenAPI 2.0 requires a path item object");
                return;
            }

            Object(pathItem, OpenApi2Objects.PathItem, path);
            Parameters(pathItem, $"path '{pathItem.Name}'");
            foreach (var operation in pathItem.EnumerateProperties())
            {
                if (operation.Kind == JsonValueKind.Object && OpenApi2Objects.PathItem.Fields.TryGetValue(operation.Name!, out var type) && type == FieldType.Object)
                {
                    var verbAndPath = $"{operation.Name!.ToUpperInvariant()} {pathItem.Name}";
                    var name = $"operation {verbAndPath}";
                    Object(operation, OpenApi2Objects.Operation, $"Operation {verbAndPath}");
                    Parameters(operation, name);
                    if (operation.TryGetProperty("responses", out var responses))
                    {
                        foreach (var response in responses.EnumerateProperties().Where(r => !IsExtension(r.Name)))
                        {
                            Response(response, $"Response '{response.Name}' of {name}");
                        }
                    }
                }
            }
        }

        public void Response(SourceElement response, string owner)
        {
            if (response.Kind != JsonValueKind.Object || !IsReference(response))
            {
                Item(response, OpenApi2Objects.Response, owner);
            }
        }

        public void Parameter(SourceElement parameter, string owner)
        {
            if (parameter.Kind == JsonValueKind.Object && IsReference(parameter))
            {
                return;
            }

            Item(parameter, OpenApi2Objects.Parameter, owner);
            if (parameter.Kind != JsonValueKind.Object || !parameter.TryGetProperty("in", out var inElement) || inElement.Kind != JsonValueKind.String)
            {
                return;
            }

            var location = inElement.Value.GetString()!;
            if (!OpenApi2Objects.ParameterLocations.Contains(location))
            {
                Report(inElement.Location, owner, $"has 'in' \"{location}\"; OpenAPI 2.0 allows {string.Join(", ", OpenApi2Objects.ParameterLocations)}");
            }
            else if (location == "body")
            {
                if (!parameter.TryGetProperty("schema", out _))
                {
                    Report(parameter.NameLocation, owner, "is a body parameter with no 'schema', which OpenAPI 2.0 requires (an object)");
                }
            }
            else if (!parameter.TryGetProperty("type", out var type))
            {
                Report(parameter.NameLocation, owner, $"is a {location} parameter with no 'type', which OpenAPI 2.0 requires ({string.Join(", ", OpenApi2Objects.ParameterTypes)})");
            }
            else if (type.Kind != JsonValueKind.String)
            {
                // The type check of the parameter's fields reported it.
            }
            else if (type.Value.GetString() is var value && !OpenApi2Objects.ParameterTypes.Contains(value!))
            {
                Report(type.Location, owner, $"has 'type' \"{value}\"; a {location} parameter's type must be one of {string.Join(", ", OpenApi2Objects.ParameterTypes)}");
            }
            else if (value == "array" && !parameter.TryGetProperty("items", out _))
            {
                Report(type.Location, owner, "is an array with no 'items', which OpenAPI 2.0 requires for an array parameter (an object)");
            }
        }

        private void Parameters(SourceElement owner, string description)
        {
            if (owner.TryGetProperty("parameters", out var list))
            {
                foreach (var parameter in list.EnumerateItems())
                {
                    var name = parameter.GetString("name");
                    Parameter(parameter, name is null ? $"Parameter #{JsonPointerIndex(parameter)} of {description}" : $"Parameter '{name}' of {description}");
                }
            }
        }

        private void Type(SourceElement member, FieldType type, string owner)
        {
            if (!HasType(member, type))
            {
                Report(member.Location, owner, $"has '{member.Name}' that is {JsonKindNames.Describe(member.Kind)}; OpenAPI 2.0 requires {Expected(type)}");
            }
            else if (type == FieldType.StringArray)
            {
                foreach (var item in member.EnumerateItems().Where(i => i.Kind != JsonValueKind.String))
                {
                    Report(item.Location, owner, $"has an item of '{member.Name}' that is {JsonKindNames.Describe(item.Kind)}; OpenAPI 2.0 requires {Expected(type)}");
                }
            }
        }

        private void Report(Location location, string owner, string problem) => context.Report(Rule, location, owner, problem);
    }
}
