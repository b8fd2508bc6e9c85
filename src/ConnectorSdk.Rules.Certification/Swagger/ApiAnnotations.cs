using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>An operation's <c>x-ms-api-annotation</c> as the versioning rules read it (PPC1078, PPC1079, PPC1083).</summary>
internal static class ApiAnnotations
{
    /// <summary>The operation's annotation when it is an object.</summary>
    public static bool TryGet(SwaggerOperation operation, out SourceElement annotation)
        => operation.Element.TryGetProperty(ApiAnnotationStatusRule.Extension, out annotation) && annotation.Kind == JsonValueKind.Object;

    /// <summary>The operation's non-blank string <c>family</c>, with the annotation it is in.</summary>
    public static bool TryGetFamily(SwaggerOperation operation, out SourceElement annotation, out string family)
    {
        family = null!;
        return TryGet(operation, out annotation) && annotation.GetString("family") is { } name && !string.IsNullOrWhiteSpace(family = name);
    }

    /// <summary>Whether the operation is <c>"deprecated": true</c>.</summary>
    public static bool IsDeprecated(SwaggerOperation operation)
        => operation.Element.TryGetProperty("deprecated", out var deprecated) && deprecated.Kind == JsonValueKind.True;
}
