namespace ConnectorSdk.Analysis.Swagger;

/// <summary>A response of an operation, keyed by status code or <c>default</c>; <see cref="Element"/> is resolved.</summary>
public sealed class SwaggerResponse
{
    internal SwaggerResponse(string statusCode, SourceElement element, SourceElement declaration, bool isResolved)
        => (StatusCode, Element, Declaration, IsResolved) = (statusCode, element, declaration, isResolved);

    /// <summary>The status code as written (<c>200</c>, <c>default</c>).</summary>
    public string StatusCode { get; }

    /// <summary>The response object, <c>$ref</c> resolved: located where it is defined.</summary>
    public SourceElement Element { get; }

    /// <summary>The entry as written in the operation's <c>responses</c>.</summary>
    public SourceElement Declaration { get; }

    /// <summary>False when the entry's <c>$ref</c> could not be resolved (then <see cref="Element"/> is the entry).</summary>
    public bool IsResolved { get; }

    /// <inheritdoc/>
    public override string ToString() => Declaration.ToString();
}
