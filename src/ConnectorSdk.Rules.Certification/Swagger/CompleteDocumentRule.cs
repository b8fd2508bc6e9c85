using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

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
        var root = context.Swagger.Root.Value;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("swagger"u8, out var version)
            && version.ValueKind == JsonValueKind.String && version.ValueEquals("2.0"u8))
        {
            new Checker(context).Document(root);
        }
    }

    private static bool IsReference(JsonElement element) => element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref"u8, out _);

    private static string Expected(FieldType type) => type switch
    {
        FieldType.String => "a string",
        FieldType.Boolean => "a boolean (true or false)",
        FieldType.Number => "a number",
        FieldType.Object => "an object",
        FieldType.Array => "an array",
        _ => "an array of strings",
    };

    private static bool HasType(JsonElement value, FieldType type) => type switch
    {
        FieldType.String => value.ValueKind == JsonValueKind.String,
        FieldType.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        FieldType.Number => value.ValueKind == JsonValueKind.Number,
        FieldType.Object => value.ValueKind == JsonValueKind.Object,
        _ => value.ValueKind == JsonValueKind.Array,
    };

    /// <summary>
    /// Walks the raw JSON and keeps where it is in <see cref="JsonPath"/>: the pointer of a finding and the
    /// words for its object ("Operation GET /items") are made from that place only when there is a finding.
    /// </summary>
    private sealed class Checker(SwaggerContext context)
    {
        private readonly string _filePath = context.Swagger.Root.File.Path;
        private readonly JsonPath _path = new();

        public void Document(JsonElement root)
        {
            Object(root, OpenApi2Objects.Swagger);
            if (root.TryGetProperty("info"u8, out var info) && info.ValueKind == JsonValueKind.Object)
            {
                _path.Push("info", info);
                Object(info, OpenApi2Objects.Info);
                Optional(info, "contact", OpenApi2Objects.Contact);
                Optional(info, "license", OpenApi2Objects.License);
                _path.Pop();
            }

            Optional(root, "externalDocs", OpenApi2Objects.ExternalDocs);
            if (root.TryGetProperty("tags"u8, out var tags) && tags.ValueKind == JsonValueKind.Array)
            {
                _path.Push("tags", tags);
                var index = 0;
                foreach (var tag in tags.EnumerateArray())
                {
                    _path.Push(index++, tag);
                    Item(tag, OpenApi2Objects.Tag);
                    _path.Pop();
                }

                _path.Pop();
            }

            if (root.TryGetProperty("paths"u8, out var paths) && paths.ValueKind == JsonValueKind.Object)
            {
                _path.Push("paths", paths);
                foreach (var pathItem in paths.EnumerateObject())
                {
                    if (!SwaggerModel.IsExtension(pathItem))
                    {
                        _path.Push(pathItem);
                        PathItem(pathItem.Value);
                        _path.Pop();
                    }
                }

                _path.Pop();
            }

            if (root.TryGetProperty("parameters"u8, out var parameters) && parameters.ValueKind == JsonValueKind.Object)
            {
                _path.Push("parameters", parameters);
                foreach (var parameter in parameters.EnumerateObject())
                {
                    _path.Push(parameter);
                    Parameter(parameter.Value);
                    _path.Pop();
                }

                _path.Pop();
            }

            if (root.TryGetProperty("responses"u8, out var responses) && responses.ValueKind == JsonValueKind.Object)
            {
                _path.Push("responses", responses);
                foreach (var response in responses.EnumerateObject())
                {
                    _path.Push(response);
                    Response(response.Value);
                    _path.Pop();
                }

                _path.Pop();
            }
        }

        /// <summary>The types of the fixed fields of <paramref name="element"/>, then its required fields, in one pass over its members.</summary>
        private void Object(JsonElement element, OpenApi2Object kind)
        {
            var present = 0UL;
            foreach (var member in element.EnumerateObject())
            {
                if (kind.TryGetField(member, out var type, out var bit))
                {
                    present |= bit;
                    Type(member, type);
                }
            }

            if ((present & kind.RequiredBits) == kind.RequiredBits)
            {
                return;
            }

            foreach (var field in kind.Required)
            {
                if ((present & kind.Bit(field)) == 0)
                {
                    Report(_path.ToPointer(), LocationTarget.Name, $"has no '{field}', which OpenAPI 2.0 requires ({Expected(kind.Fields[field])})");
                }
            }
        }

        /// <summary>A nested object that may be absent; when present with another type, the type check of its owner reported it.</summary>
        private void Optional(JsonElement owner, string name, OpenApi2Object kind)
        {
            if (owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object)
            {
                _path.Push(name, value);
                Object(value, kind);
                _path.Pop();
            }
        }

        /// <summary>An entry of a list or map that must be an object of <paramref name="kind"/>.</summary>
        private void Item(JsonElement item, OpenApi2Object kind)
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                Report(_path.ToPointer(), LocationTarget.Value, $"is {JsonKindNames.Describe(item.ValueKind)}; OpenAPI 2.0 requires a {kind.Name} object");
            }
            else
            {
                Object(item, kind);
            }
        }

        private void PathItem(JsonElement pathItem)
        {
            if (pathItem.ValueKind != JsonValueKind.Object)
            {
                Report(_path.ToPointer(), LocationTarget.Value, $"is {JsonKindNames.Describe(pathItem.ValueKind)}; OpenAPI 2.0 requires a path item object");
                return;
            }

            Object(pathItem, OpenApi2Objects.PathItem);
            Parameters(pathItem);
            foreach (var operation in pathItem.EnumerateObject())
            {
                if (operation.Value.ValueKind == JsonValueKind.Object && OpenApi2Objects.PathItem.TryGetField(operation, out var type, out _) && type == FieldType.Object)
                {
                    _path.Push(operation);
                    Object(operation.Value, OpenApi2Objects.Operation);
                    Parameters(operation.Value);
                    if (operation.Value.TryGetProperty("responses"u8, out var responses) && responses.ValueKind == JsonValueKind.Object)
                    {
                        _path.Push("responses", responses);
                        foreach (var response in responses.EnumerateObject())
                        {
                            if (!SwaggerModel.IsExtension(response))
                            {
                                _path.Push(response);
                                Response(response.Value);
                                _path.Pop();
                            }
                        }

                        _path.Pop();
                    }

                    _path.Pop();
                }
            }
        }

        private void Response(JsonElement response)
        {
            if (!IsReference(response))
            {
                Item(response, OpenApi2Objects.Response);
            }
        }

        private void Parameter(JsonElement parameter)
        {
            if (IsReference(parameter))
            {
                return;
            }

            Item(parameter, OpenApi2Objects.Parameter);
            if (parameter.ValueKind != JsonValueKind.Object || !parameter.TryGetProperty("in"u8, out var location) || location.ValueKind != JsonValueKind.String)
            {
                return;
            }

            if (!OpenApi2Objects.IsParameterLocation(location))
            {
                Report(MemberPointer("in"), LocationTarget.Value, $"has 'in' \"{location.GetString()}\"; OpenAPI 2.0 allows {string.Join(", ", OpenApi2Objects.ParameterLocations)}");
            }
            else if (location.ValueEquals("body"u8))
            {
                if (!parameter.TryGetProperty("schema"u8, out _))
                {
                    Report(_path.ToPointer(), LocationTarget.Name, "is a body parameter with no 'schema', which OpenAPI 2.0 requires (an object)");
                }
            }
            else if (!parameter.TryGetProperty("type"u8, out var type))
            {
                Report(_path.ToPointer(), LocationTarget.Name, $"is a {location.GetString()} parameter with no 'type', which OpenAPI 2.0 requires ({string.Join(", ", OpenApi2Objects.ParameterTypes)})");
            }
            else if (type.ValueKind != JsonValueKind.String)
            {
                // The type check of the parameter's fields reported it.
            }
            else if (!OpenApi2Objects.IsParameterType(type))
            {
                Report(MemberPointer("type"), LocationTarget.Value, $"has 'type' \"{type.GetString()}\"; a {location.GetString()} parameter's type must be one of {string.Join(", ", OpenApi2Objects.ParameterTypes)}");
            }
            else if (type.ValueEquals("array"u8) && !parameter.TryGetProperty("items"u8, out _))
            {
                Report(MemberPointer("type"), LocationTarget.Value, "is an array with no 'items', which OpenAPI 2.0 requires for an array parameter (an object)");
            }
        }

        private void Parameters(JsonElement owner)
        {
            if (owner.TryGetProperty("parameters"u8, out var list) && list.ValueKind == JsonValueKind.Array)
            {
                _path.Push("parameters", list);
                var index = 0;
                foreach (var parameter in list.EnumerateArray())
                {
                    _path.Push(index++, parameter);
                    Parameter(parameter);
                    _path.Pop();
                }

                _path.Pop();
            }
        }

        private void Type(JsonProperty member, FieldType type)
        {
            if (!HasType(member.Value, type))
            {
                Report(MemberPointer(member.Name), LocationTarget.Value, $"has '{member.Name}' that is {JsonKindNames.Describe(member.Value.ValueKind)}; OpenAPI 2.0 requires {Expected(type)}");
            }
            else if (type == FieldType.StringArray)
            {
                var index = 0;
                foreach (var item in member.Value.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        Report(JsonPointer.Append(MemberPointer(member.Name), index), LocationTarget.Value, $"has an item of '{member.Name}' that is {JsonKindNames.Describe(item.ValueKind)}; OpenAPI 2.0 requires {Expected(type)}");
                    }

                    index++;
                }
            }
        }

        private string MemberPointer(string name) => JsonPointer.Append(_path.ToPointer(), name);

        /// <summary>
        /// The object being checked, in words, read from its place: the document, 'info.contact', Tag #0,
        /// Path '/items', Operation GET /items, Response '200' of operation GET /items, Parameter 'id' of
        /// path '/items', Parameter #1 of operation GET /items, Parameter definition 'top', Response definition 'error'.
        /// </summary>
        private string Owner()
        {
            if (_path.Depth == 0)
            {
                return "The document";
            }

            return _path.Name(0) switch
            {
                "tags" => $"Tag #{_path.Index(1)}",
                "paths" => _path.Depth switch
                {
                    2 => $"Path '{_path.Name(1)}'",
                    3 => $"Operation {Operation()}",
                    4 => $"{ParameterName(3)} of path '{_path.Name(1)}'",
                    _ when _path.Name(3) == "responses" => $"Response '{_path.Name(4)}' of operation {Operation()}",
                    _ => $"{ParameterName(4)} of operation {Operation()}",
                },
                "parameters" => $"Parameter definition '{_path.Name(1)}'",
                "responses" => $"Response definition '{_path.Name(1)}'",
                _ => $"'{string.Join('.', Enumerable.Range(0, _path.Depth).Select(_path.Name))}'",
            };

            string Operation() => $"{_path.Name(2)!.ToUpperInvariant()} {_path.Name(1)}";

            string ParameterName(int depth)
                => _path.Value(depth) is { ValueKind: JsonValueKind.Object } parameter && parameter.TryGetProperty("name"u8, out var name) && name.ValueKind == JsonValueKind.String
                    ? $"Parameter '{name.GetString()}'"
                    : $"Parameter #{_path.Index(depth)}";
        }

        private void Report(string pointer, LocationTarget target, string problem) => context.Report(Rule, Location.InJson(_filePath, pointer, target), Owner(), problem);
    }
}
