using System.Text.Json;
using ConnectorSdk.Analysis;
using Fields = ConnectorSdk.Rules.Certification.Swagger.OpenApiFixedFields;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1013: every member of an OpenAPI 2.0 object is one of its fixed fields or an extension
/// (<c>x-</c>). Objects are reached through the engine's dispatch (no walk of its own): the document
/// and what hangs off it (info, contact, license, tags, external docs, security definitions, path
/// items, shared parameters and responses) in the swagger action, then operations, parameters,
/// responses and schemas in their own actions.
/// </summary>
public sealed class FixedFieldsRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.PropertyNotAllowed,
        title: "Properties must be OpenAPI 2.0 fields or `x-` extensions",
        messageFormat: "'{0}' is not a field of {1} in OpenAPI 2.0; {2}",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "OpenAPI 2.0 objects have a fixed set of fields; anything else must be an extension whose name starts with 'x-'. The platform's validator rejects other properties.",
        name: "AdditionalPropertyNotAllowed");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context)
    {
        context.RegisterSwaggerAction(AnalyzeDocument);
        context.RegisterOperationAction(c =>
        {
            Check(c, c.Operation.Element, Fields.Operation);
            CheckChild(c, c.Operation.Element, "externalDocs", Fields.ExternalDocs);
        });
        context.RegisterParameterAction(c =>
        {
            // A referenced parameter lives under #/parameters, which the swagger action checks (used or not).
            if (c.Parameter.Element.Pointer == c.Parameter.Declaration.Pointer)
            {
                CheckParameter(c, c.Parameter.Element);
            }
        });
        context.RegisterResponseAction(c =>
        {
            // An extension under 'responses' is not a response; a referenced one is checked under #/responses.
            if (!IsExtension(c.Response.StatusCode) && c.Response.Element.Pointer == c.Response.Declaration.Pointer)
            {
                CheckResponse(c, c.Response.Element);
            }
        });
        context.RegisterSchemaAction(c =>
        {
            Check(c, c.Schema, Fields.Schema);
            CheckChild(c, c.Schema, "xml", Fields.Xml);
            CheckChild(c, c.Schema, "externalDocs", Fields.ExternalDocs);
        });
    }

    private static void AnalyzeDocument(SwaggerContext context)
    {
        var root = context.Swagger.Root;
        Check(context, root, Fields.Swagger);
        CheckChild(context, root, "externalDocs", Fields.ExternalDocs);
        if (root.TryGetProperty("info", out var info))
        {
            Check(context, info, Fields.Info);
            CheckChild(context, info, "contact", Fields.Contact);
            CheckChild(context, info, "license", Fields.License);
        }

        if (root.TryGetProperty("tags", out var tags))
        {
            foreach (var tag in tags.EnumerateItems())
            {
                Check(context, tag, Fields.Tag);
                CheckChild(context, tag, "externalDocs", Fields.ExternalDocs);
            }
        }

        foreach (var scheme in Entries(root, "securityDefinitions"))
        {
            Check(context, scheme, Fields.SecurityScheme);
        }

        foreach (var path in Entries(root, "paths"))
        {
            Check(context, path, Fields.PathItem);
        }

        foreach (var parameter in Entries(root, "parameters"))
        {
            CheckParameter(context, parameter);
        }

        foreach (var response in Entries(root, "responses"))
        {
            CheckResponse(context, response);
        }
    }

    /// <summary>The members of a map section, extensions left out.</summary>
    private static IEnumerable<SourceElement> Entries(SourceElement owner, string name)
    {
        if (owner.TryGetProperty(name, out var map))
        {
            foreach (var entry in map.EnumerateProperties())
            {
                if (!IsExtension(entry.Name!))
                {
                    yield return entry;
                }
            }
        }
    }

    private static void CheckParameter(ConnectorContext context, SourceElement parameter)
    {
        if (parameter.TryGetProperty("$ref", out _))
        {
            return; // A reference object: its siblings are PPC1015's concern.
        }

        var first = true;
        foreach (var element in SimpleTypeObjects.Of(parameter))
        {
            Check(context, element, first ? Fields.Parameter : Fields.Items);
            first = false;
        }
    }

    private static void CheckResponse(ConnectorContext context, SourceElement response)
    {
        if (response.TryGetProperty("$ref", out _))
        {
            return;
        }

        Check(context, response, Fields.Response);
        if (response.TryGetProperty("headers", out var headers))
        {
            foreach (var header in headers.EnumerateProperties())
            {
                var first = true;
                foreach (var element in SimpleTypeObjects.Of(header))
                {
                    Check(context, element, first ? Fields.Header : Fields.Items);
                    first = false;
                }
            }
        }
    }

    private static void CheckChild(ConnectorContext context, SourceElement owner, string name, Fields.FieldSet fields)
    {
        if (owner.TryGetProperty(name, out var child))
        {
            Check(context, child, fields);
        }
    }

    private static void Check(ConnectorContext context, SourceElement element, Fields.FieldSet fields)
    {
        if (element.Kind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var member in element.Value.EnumerateObject())
        {
            // The UTF-8 name spares a string per member.
            var utf8Name = Utf8Text.Name(member);
            if (utf8Name.StartsWith("x-"u8) || fields.Contains(utf8Name))
            {
                continue;
            }

            var name = member.Name;
            var advice = fields.CaseVariant(name) is { } variant
                ? $"did you mean '{variant}'? Field names are case-sensitive"
                : name.StartsWith("X-", StringComparison.Ordinal)
                    ? $"extensions start with a lower-case 'x-': rename it 'x-{name[2..]}'"
                    : $"remove it, or make it an extension named 'x-{name}'";
            context.Report(Rule, Location.InJson(element.File.Path, JsonPointer.Append(element.Pointer, name), LocationTarget.Name), name, fields.Noun, advice);
        }
    }

    private static bool IsExtension(string name) => name.StartsWith("x-", StringComparison.Ordinal);
}
