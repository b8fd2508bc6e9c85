using System.Text.Json;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Analysis.Running;

/// <summary>Builds the Swagger 2.0 view of a parsed apiDefinition.swagger.json.</summary>
internal static class SwaggerDocumentReader
{
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
        => list.EnumerateItems()
            .Select(item => document.TryResolve(item, out var target) ? new SwaggerParameter(target, item, true) : new SwaggerParameter(item, item, false))
            .ToArray();

    /// <summary>Every schema object, once, at the place it is written: definitions, parameter and response schemas, and what they nest.</summary>
    public static IEnumerable<SourceElement> EnumerateSchemas(SwaggerDocument document)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SourceElement>();
        // Visit order does not matter (diagnostics are sorted by position), so children are pushed as they come.
        foreach (var root in SchemaRoots(document))
        {
            pending.Push(root);
        }

        while (pending.Count > 0)
        {
            var schema = pending.Pop();
            if (schema.Kind != JsonValueKind.Object || !seen.Add(schema.Pointer))
            {
                continue;
            }

            yield return schema;
            foreach (var child in NestedSchemas(schema))
            {
                pending.Push(child);
            }
        }
    }

    private static IEnumerable<SourceElement> SchemaRoots(SwaggerDocument document)
    {
        var root = document.Root;
        if (root.TryGetProperty("definitions", out var definitions))
        {
            foreach (var definition in definitions.EnumerateProperties())
            {
                yield return definition;
            }
        }

        foreach (var section in new[] { "parameters", "responses" })
        {
            if (root.TryGetProperty(section, out var shared))
            {
                foreach (var item in shared.EnumerateProperties())
                {
                    if (item.TryGetProperty("schema", out var schema))
                    {
                        yield return schema;
                    }
                }
            }
        }

        foreach (var operation in document.Operations)
        {
            foreach (var parameter in operation.Parameters)
            {
                if (parameter.Declaration.TryGetProperty("schema", out var schema))
                {
                    yield return schema;
                }
            }

            foreach (var response in operation.Responses)
            {
                if (response.Declaration.TryGetProperty("schema", out var schema))
                {
                    yield return schema;
                }
            }

            foreach (var owner in new[] { operation.Element, operation.PathItem })
            {
                if (owner.TryGetProperty("x-ms-notification-content", out var content) && content.TryGetProperty("schema", out var schema))
                {
                    yield return schema;
                }
            }
        }
    }

    private static IEnumerable<SourceElement> NestedSchemas(SourceElement schema)
    {
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateProperties())
            {
                yield return property;
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            if (items.Kind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateItems())
                {
                    yield return item;
                }
            }
            else
            {
                yield return items;
            }
        }

        if (schema.TryGetProperty("additionalProperties", out var additional))
        {
            yield return additional;
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateItems())
            {
                yield return part;
            }
        }
    }
}
