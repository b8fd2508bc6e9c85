namespace ConnectorSdk.Analysis.Swagger;

/// <summary>
/// A Swagger 2.0 view over apiDefinition.swagger.json: its operations with their parameters and
/// responses, <c>$ref</c> resolved. Every element keeps the pointer where it is written in the file.
/// </summary>
public sealed class SwaggerDocument
{
    /// <summary>More hops than any real chain of references has: a longer chain is a cycle.</summary>
    private const int MaxReferenceHops = 32;

    private readonly Dictionary<string, Followed> _references = new(StringComparer.Ordinal);

    internal SwaggerDocument(SourceElement root, IReadOnlyList<SwaggerOperation> operations, IReadOnlySet<string>? misplacedMembers = null)
    {
        Root = root;
        Operations = operations;
        MisplacedMembers = misplacedMembers ?? new HashSet<string>();
    }

    /// <summary>The document's root value (any JSON value: a swagger that is not an object is analyzed too).</summary>
    public SourceElement Root { get; }

    /// <summary>
    /// The JSON pointers of members a stray '}' put into the wrong object: an operation's fields read into its path
    /// item, paths read into the root. The engine reports the brace (PPC0002); rules leave these members alone
    /// rather than report them as unknown fields.
    /// </summary>
    public IReadOnlySet<string> MisplacedMembers { get; }

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
        for (var hops = 0; TryGetReference(target, out var reference); hops++)
        {
            if (hops == MaxReferenceHops || !reference.StartsWith('#'))
            {
                return false;
            }

            if (!TryFollow(reference, out target))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One step of a reference, cached: a document refers to the same few definitions again and again.</summary>
    private bool TryFollow(string reference, out SourceElement target)
    {
        lock (_references)
        {
            if (!_references.TryGetValue(reference, out var followed))
            {
                followed = new Followed(TryNavigate(reference, out var found), found);
                _references.Add(reference, followed);
            }

            target = followed.Target;
            return followed.Exists;
        }
    }

    private bool TryNavigate(string reference, out SourceElement target)
    {
        target = default;
        try
        {
            return Root.TryNavigate(JsonPointer.Parse(reference), out target);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Resolves when possible, else returns the element as written.</summary>
    public SourceElement ResolveOrSelf(SourceElement element) => TryResolve(element, out var target) ? target : element;

    /// <summary>A class rather than a tuple: the dictionary then shares the framework's precompiled code.</summary>
    private sealed record Followed(bool Exists, SourceElement Target);
}
