namespace ConnectorSdk.Analysis.Swagger;

/// <summary>
/// A parameter of an operation: <see cref="Element"/> is the parameter object ($ref resolved, located
/// where it is defined), <see cref="Declaration"/> the entry as written in the parameters list.
/// </summary>
public sealed record SwaggerParameter(SourceElement Element, SourceElement Declaration, bool IsResolved)
{
    public string? Name => Element.GetString("name");

    /// <summary>The location: path, query, header, body or formData.</summary>
    public string? In => Element.GetString("in");

    public bool IsRequired => Element.TryGetProperty("required", out var required) && required.Kind == System.Text.Json.JsonValueKind.True;
}
