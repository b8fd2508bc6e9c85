using System.Text.Json;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Analysis.Running;

/// <summary>Builds the Swagger 2.0 view of a parsed apiDefinition.swagger.json.</summary>
internal static class SwaggerDocumentReader
{
    private static readonly string[] SharedSections = ["parameters", "responses"];

    public static SwaggerDocument Read(SourceElement root)
    {
        var operations = new List<SwaggerOperation>();
        var document = new SwaggerDocument(root, operations);
        if (!root.TryGetProperty("paths", out var paths))
        {
            return document;
        }

        foreach (var pathItem in paths.EnumerateProperties())
        {
            var pathItemResolved = document.ResolveOrSelf(pathItem);
            var shared = pathItemResolved.TryGetProperty("parameters", out var sharedList) ? ReadParameters(document, sharedList) : [];
            foreach (var member in pathItemResolved.EnumerateProperties())
            {
                if (member.Kind == JsonValueKind.Object && SwaggerDocument.OperationMethods.Contains(member.Name!))
                {
                    operations.Add(ReadOperation(document, pathItem.Name!, pathItem, member, shared));
                }
            }
        }

        return document;
    }

    private static SwaggerOperation ReadOperation(SwaggerDocument document, string path, SourceElement pathItem, SourceElement operation, IReadOnlyList<SwaggerParameter> shared)
    {
        var own = operation.TryGetProperty("parameters", out var list) ? ReadParameters(document, list) : [];
        var parameters = own.Concat(shared.Where(s => !own.Any(o => o.Name == s.Name && o.In == s.In))).ToArray();
        var responses = new List<SwaggerResponse>();
        if (operation.TryGetProperty("responses", out var responsesElement))
        {
            foreach (var response in responsesElement.EnumerateProperties())
            {
                var resolved = document.TryResolve(response, out var target);
                responses.Add(new SwaggerResponse(response.Name!, target, response, resolved));
            }
        }

        return new SwaggerOperation(path, pathItem, operation, parameters, responses);
    }

    private static SwaggerParameter[] ReadParameters(SwaggerDocument document, SourceElement list)
    {
        var parameters = new List<SwaggerParameter>();
        foreach (var item in list.EnumerateItems())
        {
            parameters.Add(document.TryResolve(item, out var target) ? new SwaggerParameter(target, item, true) : new SwaggerParameter(item, item, false));
        }

        return [.. parameters];
    }

    /// <summary>Visits every schema object once, at the place it is written: definitions, parameter and response schemas, and what they nest.</summary>
    public static void VisitSchemas(SwaggerDocument document, Action<SourceElement> visit)
    {
        // Only roots can be reached twice (a shared parameter is a root of its own and of each operation using it);
        // what a root nests is a tree, walked without looking back.
        var roots = new HashSet<string>(StringComparer.Ordinal);
        void VisitRoot(SourceElement schema)
        {
            if (roots.Add(schema.Pointer))
            {
                VisitTree(schema, visit);
            }
        }

        var root = document.Root;
        if (root.TryGetProperty("definitions", out var definitions))
        {
            foreach (var definition in definitions.EnumerateProperties())
            {
                VisitRoot(definition);
            }
        }

        foreach (var section in SharedSections)
        {
            if (root.TryGetProperty(section, out var shared))
            {
                foreach (var item in shared.EnumerateProperties())
                {
                    VisitSchemaOf(item, VisitRoot);
                }
            }
        }

        foreach (var operation in document.Operations)
        {
            foreach (var parameter in operation.Parameters)
            {
                VisitSchemaOf(parameter.Declaration, VisitRoot);
            }

            foreach (var response in operation.Responses)
            {
                VisitSchemaOf(response.Declaration, VisitRoot);
            }

            foreach (var owner in new[] { operation.Element, operation.PathItem })
            {
                if (owner.TryGetProperty("x-ms-notification-content", out var content))
                {
                    VisitSchemaOf(content, VisitRoot);
                }
            }
        }
    }

    private static void VisitSchemaOf(SourceElement owner, Action<SourceElement> visit)
    {
        if (owner.TryGetProperty("schema", out var schema))
        {
            visit(schema);
        }
    }

    /// <summary>A schema and what it nests, depth first (a document nests at most 64 levels, so recursion is safe).</summary>
    private static void VisitTree(SourceElement schema, Action<SourceElement> visit)
    {
        if (schema.Kind != JsonValueKind.Object)
        {
            return;
        }

        visit(schema);
        // One pass over the members: a lookup by name per keyword would scan them all each time.
        foreach (var member in schema.Value.EnumerateObject())
        {
            if (member.NameEquals("properties"u8))
            {
                foreach (var property in schema.Member(member).EnumerateProperties())
                {
                    VisitTree(property, visit);
                }
            }
            else if (member.NameEquals("items"u8) && member.Value.ValueKind == JsonValueKind.Array || member.NameEquals("allOf"u8))
            {
                foreach (var item in schema.Member(member).EnumerateItems())
                {
                    VisitTree(item, visit);
                }
            }
            else if (member.NameEquals("items"u8) || member.NameEquals("additionalProperties"u8))
            {
                VisitTree(schema.Member(member), visit);
            }
        }
    }
}
