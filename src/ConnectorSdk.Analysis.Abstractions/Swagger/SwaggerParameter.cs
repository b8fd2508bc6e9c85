namespace ConnectorSdk.Analysis.Swagger;

/// <summary>
/// A parameter of an operation: <see cref="Element"/> is the parameter object ($ref resolved, located
/// where it is defined), <see cref="Declaration"/> the entry as written in the parameters list.
/// </summary>
public sealed class SwaggerParameter
{
    internal SwaggerParameter(SourceElement element, SourceElement declaration, bool isResolved)
        => (Element, Declaration, IsResolved) = (element, declaration, isResolved);

    /// <summary>The parameter object, <c>$ref</c> resolved: located where it is defined.</summary>
    public SourceElement Element { get; }

    /// <summary>The entry as written in the operation's or path item's <c>parameters</c> list.</summary>
    public SourceElement Declaration { get; }

    /// <summary>False when the entry's <c>$ref</c> could not be resolved (then <see cref="Element"/> is the entry).</summary>
    public bool IsResolved { get; }

    /// <summary>The parameter's <c>name</c>, if it is a string.</summary>
    public string? Name => Element.GetString("name");

    /// <summary>The location: path, query, header, body or formData.</summary>
    public string? In => Element.GetString("in");

    /// <summary>Whether <c>required</c> is <c>true</c>.</summary>
    public bool IsRequired => Element.TryGetProperty("required", out var required) && required.Kind == System.Text.Json.JsonValueKind.True;

    /// <inheritdoc/>
    public override string ToString() => Declaration.ToString();
}
