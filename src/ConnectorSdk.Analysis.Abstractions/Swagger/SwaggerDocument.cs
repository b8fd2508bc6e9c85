namespace ConnectorSdk.Analysis.Swagger;

/// <summary>
/// A Swagger 2.0 view over apiDefinition.swagger.json: its operations with their parameters and
/// responses, <c>$ref</c> resolved. Every element keeps the pointer where it is written in the file.
/// </summary>
public sealed class SwaggerDocument
{
    public SwaggerDocument(SourceElement root, IReadOnlyList<SwaggerOperation> operations)
    {
        Root = root;
        Operations = operations;
    }

    public SourceElement Root { get; }

    /// <summary>Every path × verb, in file order.</summary>
    public IReadOnlyList<SwaggerOperation> Operations { get; }

    /// <summary>The <c>$ref</c> of an object, if it has a string one.</summary>
    public static bool TryGetReference(SourceElement element, out string reference)
    {
        reference = element.GetString("$ref")!;
        return reference is not null;
    }

    /// <summary>
    /// Follows <c>$ref</c> chains inside the document. An element without <c>$ref</c> resolves to
    /// itself; false for a reference outside the document, one that does not exist, or a cycle.
    /// </summary>
    public bool TryResolve(SourceElement element, out SourceElement target)
    {
        target = element;
        HashSet<string>? seen = null;
        while (TryGetReference(target, out var reference))
        {
            if (!reference.StartsWith('#') || !(seen ??= new(StringComparer.Ordinal)).Add(reference))
            {
                return false;
            }

            IReadOnlyList<string> tokens;
            try
            {
                tokens = JsonPointer.Parse(reference);
            }
            catch (FormatException)
            {
                return false;
            }

            if (!Root.TryNavigate(tokens, out target))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Resolves when possible, else returns the element as written.</summary>
    public SourceElement ResolveOrSelf(SourceElement element) => TryResolve(element, out var target) ? target : element;

    /// <summary>The HTTP methods that make a path item member an operation.</summary>
    public static readonly IReadOnlySet<string> OperationMethods = new HashSet<string>(StringComparer.Ordinal)
    {
        "get", "put", "post", "delete", "options", "head", "patch",
    };
}
