namespace ConnectorSdk.Analysis.Swagger;

/// <summary>One path × verb of the swagger.</summary>
public sealed class SwaggerOperation
{
    internal SwaggerOperation(string path, SourceElement pathItem, SourceElement element, IReadOnlyList<SwaggerParameter> parameters, IReadOnlyList<SwaggerResponse> responses)
    {
        Path = path;
        PathItem = pathItem;
        Element = element;
        Parameters = parameters;
        Responses = responses;
    }

    /// <summary>The path template, e.g. <c>/items/{id}</c>.</summary>
    public string Path { get; }

    /// <summary>The lower-case HTTP method as written (the property name of <see cref="Element"/>).</summary>
    public string Method => Element.Name!;

    /// <summary>The path item the operation is a member of.</summary>
    public SourceElement PathItem { get; }

    /// <summary>The operation object; its <see cref="SourceElement.NameLocation"/> is the verb.</summary>
    public SourceElement Element { get; }

    /// <summary>The <c>operationId</c>, if it is a string.</summary>
    public string? OperationId => Element.GetString("operationId");

    /// <summary>The operation's parameters merged with its path item's (the operation's win by name and location), resolved.</summary>
    public IReadOnlyList<SwaggerParameter> Parameters { get; }

    /// <summary>The operation's responses, <c>$ref</c> resolved.</summary>
    public IReadOnlyList<SwaggerResponse> Responses { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Method.ToUpperInvariant()} {Path}";
}
