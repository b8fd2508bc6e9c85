namespace ConnectorSdk.Analysis.Swagger;

/// <summary>A response of an operation, keyed by status code or <c>default</c>; <see cref="Element"/> is resolved.</summary>
public sealed record SwaggerResponse(string StatusCode, SourceElement Element, SourceElement Declaration, bool IsResolved);
