using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1002: the definition is a complete OpenAPI 2.0 document: the fields the specification requires are there (info
/// with title and version, paths, a response's description, a parameter's name and in, a body
/// parameter's schema, another parameter's type) and fixed fields hold the JSON type the specification gives them, as
/// <see cref="SwaggerModel"/> says, for the objects of the document's structure that the engine's walk reaches (never
/// schemas or extension values).
/// </summary>
/// <remarks>
/// Not reported here, so that one defect gives one finding: a root that is not an object and the <c>swagger</c> version
/// (PPC1001; a document that is not declared 2.0 is not checked at all), <c>$ref</c> (PPC1016 checks references where
/// they are used; the targets are checked where they are defined), <c>operationId</c> (PPC1050), and anything named
/// <c>x-...</c>: extensions are open, whatever the stale official schema says.
/// </remarks>
internal sealed class CompleteDocumentRule : ConnectorAnalyzer
{
    private const string Title = "The definition must be a complete OpenAPI 2.0 document";

    private const string Description = "The platform reads the definition as OpenAPI 2.0: a required field that is missing (info, title, version, paths, a response's description, a parameter's name, in, type or schema) or a field of the wrong JSON type makes the import or the certification fail.";

    /// <summary>{0}: the object, as the specification names it; {1}: the field; {2}: the JSON type it needs.</summary>
    public static readonly DiagnosticDescriptor MissingField = Create("The {0} has no '{1}', which OpenAPI 2.0 requires ({2})");

    /// <summary>{0}: the field; {1}: the object; {2}: what the value is; {3}: the JSON type it needs.</summary>
    public static readonly DiagnosticDescriptor WrongType = Create("'{0}' of the {1} is {2}; OpenAPI 2.0 requires {3}");

    /// <summary>{0}: the field; {1}: the object; {2}: what the item is.</summary>
    public static readonly DiagnosticDescriptor WrongItemType = Create("An item of '{0}' of the {1} is {2}; OpenAPI 2.0 requires an array of strings");

    /// <summary>An entry of a list or map that is not an object. {0}: what it is; {1}: the object it must be.</summary>
    public static readonly DiagnosticDescriptor NotAnObject = Create("This entry is {0}; OpenAPI 2.0 requires a {1} here");

    /// <summary>{0}: the parameter's <c>in</c>; {1}: the locations OpenAPI 2.0 allows.</summary>
    public static readonly DiagnosticDescriptor UnknownLocation = Create("The parameter's 'in' is \"{0}\"; OpenAPI 2.0 allows {1}");

    public static readonly DiagnosticDescriptor BodyWithoutSchema = Create("The body parameter has no 'schema', which OpenAPI 2.0 requires (an object)");

    /// <summary>{0}: the parameter's <c>in</c>; {1}: the types OpenAPI 2.0 allows.</summary>
    public static readonly DiagnosticDescriptor MissingType = Create("The {0} parameter has no 'type', which OpenAPI 2.0 requires ({1})");

    /// <summary>{0}: the parameter's <c>type</c>; {1}: its <c>in</c>; {2}: the types OpenAPI 2.0 allows.</summary>
    public static readonly DiagnosticDescriptor UnknownType = Create("The parameter's 'type' is \"{0}\"; a {1} parameter's type must be one of {2}");

    public static readonly DiagnosticDescriptor ArrayWithoutItems = Create("The array parameter has no 'items', which OpenAPI 2.0 requires for an array parameter (an object)");

    private static readonly string Locations = string.Join(", ", SwaggerModel.ParameterLocations);

    private static readonly string Types = string.Join(", ", SwaggerModel.ParameterTypes);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [MissingField, WrongType, WrongItemType, NotAnObject, UnknownLocation, BodyWithoutSchema, MissingType, UnknownType, ArrayWithoutItems];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterConnectorStartAction(start =>
    {
        // A document that does not declare "swagger": "2.0" is PPC1001's: checking it against OpenAPI 2.0
        // (an OpenAPI 3 document, say) would only repeat that finding many times over.
        var root = start.Connector.Swagger?.Root.Value;
        if (root is { ValueKind: JsonValueKind.Object } document && document.TryGetProperty("swagger"u8, out var version)
            && version.ValueKind == JsonValueKind.String && version.ValueEquals("2.0"u8))
        {
            start.RegisterSwaggerNodeAction(
                Check,
                SwaggerNodeKind.Document, SwaggerNodeKind.Info, SwaggerNodeKind.Contact, SwaggerNodeKind.License, SwaggerNodeKind.Tag,
                SwaggerNodeKind.ExternalDocs, SwaggerNodeKind.PathItem, SwaggerNodeKind.Operation, SwaggerNodeKind.Parameter, SwaggerNodeKind.Response);
        }
    });

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.IncompleteDocument, Title, messageFormat, DiagnosticSeverity.Error, Description);

    private static void Check(SwaggerNodeContext context)
    {
        var value = context.Value;
        if (value.ValueKind != JsonValueKind.Object)
        {
            // An entry of a list or map (the walk enters nothing else of another type); a field of the wrong type is its owner's finding.
            context.Report(NotAnObject, context.Node.Location, JsonKindNames.Describe(value.ValueKind), context.Model.Name);
            return;
        }

        if (context.Kind is SwaggerNodeKind.Parameter or SwaggerNodeKind.Response && value.TryGetProperty("$ref"u8, out _))
        {
            return;
        }

        Fields(context, value);
        if (context.Kind == SwaggerNodeKind.Parameter)
        {
            Parameter(context, value);
        }
    }

    /// <summary>The types of the fixed fields, then the required fields, in one pass over the members.</summary>
    private static void Fields(SwaggerNodeContext context, JsonElement value)
    {
        var model = context.Model;
        var present = 0UL;
        foreach (var member in value.EnumerateObject())
        {
            if (model.TryGetField(member, out var field) && field.IsFixed)
            {
                present |= 1UL << field.Index;
                if (field.Type != SwaggerFieldType.Any && !IsLeftToOtherRules(field))
                {
                    Type(context, member, field.Type);
                }
            }
        }

        foreach (var field in model.RequiredFields)
        {
            if ((present & (1UL << field.Index)) == 0 && !IsLeftToOtherRules(context.Kind, field))
            {
                context.Report(MissingField, context.Node.NameLocation, model.Name, field.Name, Expected(field.Type));
            }
        }
    }

    /// <summary><c>$ref</c> is PPC1016's, <c>operationId</c> PPC1050's.</summary>
    private static bool IsLeftToOtherRules(SwaggerField field) => field.Name is "$ref" or "operationId";

    /// <summary>An operation without <c>responses</c> is PPC1130's.</summary>
    private static bool IsLeftToOtherRules(SwaggerNodeKind owner, SwaggerField field) => owner == SwaggerNodeKind.Operation && field.Name == "responses";

    private static void Type(SwaggerNodeContext context, JsonProperty member, SwaggerFieldType type)
    {
        if (!HasType(member.Value, type))
        {
            context.Report(WrongType, context.Node.Member(member).Location, member.Name, context.Model.Name, JsonKindNames.Describe(member.Value.ValueKind), Expected(type));
        }
        else if (type == SwaggerFieldType.StringArray)
        {
            var index = 0;
            foreach (var item in member.Value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    context.Report(WrongItemType, context.Node.Member(member).Item(item, index).Location, member.Name, context.Model.Name, JsonKindNames.Describe(item.ValueKind));
                }

                index++;
            }
        }
    }

    /// <summary>What a parameter needs beyond its fields' types, by where it is (<c>in</c>).</summary>
    private static void Parameter(SwaggerNodeContext context, JsonElement parameter)
    {
        if (!parameter.TryGetProperty("in"u8, out var location) || location.ValueKind != JsonValueKind.String)
        {
            return;
        }

        if (!IsOneOf(location, SwaggerModel.ParameterLocations))
        {
            context.Report(UnknownLocation, MemberLocation(context, "in"), location.GetString(), Locations);
        }
        else if (location.ValueEquals("body"u8))
        {
            if (!parameter.TryGetProperty("schema"u8, out _))
            {
                context.Report(BodyWithoutSchema, context.Node.NameLocation);
            }
        }
        else if (!parameter.TryGetProperty("type"u8, out var type))
        {
            context.Report(MissingType, context.Node.NameLocation, location.GetString(), Types);
        }
        else if (type.ValueKind != JsonValueKind.String)
        {
            // The type check of the parameter's fields reported it.
        }
        else if (!IsOneOf(type, SwaggerModel.ParameterTypes))
        {
            context.Report(UnknownType, MemberLocation(context, "type"), type.GetString(), location.GetString(), Types);
        }
        else if (type.ValueEquals("array"u8) && !parameter.TryGetProperty("items"u8, out _))
        {
            context.Report(ArrayWithoutItems, MemberLocation(context, "type"));
        }
    }

    private static Location MemberLocation(SwaggerNodeContext context, string name) => Location.InJson(context.Node.File.Path, JsonPointer.Append(context.Node.Pointer, name));

    /// <summary>Whether a JSON string is one of <paramref name="values"/>, compared without making a string of it.</summary>
    private static bool IsOneOf(JsonElement value, IReadOnlyList<string> values)
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

    private static string Expected(SwaggerFieldType type) => type switch
    {
        SwaggerFieldType.String => "a string",
        SwaggerFieldType.Boolean => "a boolean (true or false)",
        SwaggerFieldType.Number => "a number",
        SwaggerFieldType.Object => "an object",
        SwaggerFieldType.Array => "an array",
        _ => "an array of strings",
    };

    private static bool HasType(JsonElement value, SwaggerFieldType type) => type switch
    {
        SwaggerFieldType.String => value.ValueKind == JsonValueKind.String,
        SwaggerFieldType.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        SwaggerFieldType.Number => value.ValueKind == JsonValueKind.Number,
        SwaggerFieldType.Object => value.ValueKind == JsonValueKind.Object,
        _ => value.ValueKind == JsonValueKind.Array,
    };
}
