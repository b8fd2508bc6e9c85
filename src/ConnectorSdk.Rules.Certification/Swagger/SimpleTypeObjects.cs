using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// The objects of a non-body parameter or a response header that carry JSON-schema keywords without
/// being schemas: the parameter or header itself and its (nested) <c>items</c>. Schemas are reached
/// through schema actions; these are not, so rules that check keywords everywhere use this list.
/// </summary>
internal static class SimpleTypeObjects
{
    private const int MaxDepth = 32;

    /// <summary>The parameter and its nested items.</summary>
    public static IEnumerable<SourceElement> Of(SourceElement parameter) => Chain(parameter);

    /// <summary>Every header of a response, and their nested items.</summary>
    public static IEnumerable<SourceElement> HeadersOf(SourceElement response)
    {
        if (response.TryGetProperty("headers", out var headers))
        {
            foreach (var header in headers.EnumerateProperties())
            {
                foreach (var element in Chain(header))
                {
                    yield return element;
                }
            }
        }
    }

    private static IEnumerable<SourceElement> Chain(SourceElement element)
    {
        for (var depth = 0; depth < MaxDepth && element.Kind == JsonValueKind.Object; depth++)
        {
            yield return element;
            if (!element.TryGetProperty("items", out element))
            {
                yield break;
            }
        }
    }
}
