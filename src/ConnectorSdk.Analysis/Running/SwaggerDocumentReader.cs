using System.Text.Json;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Analysis.Running;

/// <summary>Builds the Swagger 2.0 view of a parsed apiDefinition.swagger.json.</summary>
internal static class SwaggerDocumentReader
{
    private static readonly SwaggerObjectModel PathItemModel = SwaggerModel.Of(SwaggerNodeKind.PathItem);

    public static SwaggerDocument Read(SourceElement root, IReadOnlySet<string>? misplacedMembers = null)
    {
        var operations = new List<SwaggerOperation>();
        var document = new SwaggerDocument(root, operations, misplacedMembers);
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
                if (member.Kind == JsonValueKind.Object && PathItemModel.TryGetField(member.Name!, out var field) && field.ChildKind == SwaggerNodeKind.Operation)
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
}
