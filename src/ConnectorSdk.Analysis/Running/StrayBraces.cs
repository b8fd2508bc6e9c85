using System.Text.Json;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Analysis.Running;

/// <summary>
/// A '}' that closes an inner object of the swagger early leaves the members after it in the enclosing object: the
/// rest of an operation's fields in its path item, the paths after it at the root. The JSON still reads (the reader
/// reopens a root closed early, or the author dropped a brace elsewhere too), but the structure is off. This finds
/// such members from the OpenAPI 2.0 model, so that the engine reports the likely stray brace once (PPC0002) and the
/// rules leave the members alone (<see cref="SwaggerDocument.MisplacedMembers"/>), rather than advising an
/// <c>x-</c> name for each.
/// </summary>
internal static class StrayBraces
{
    private static readonly SwaggerObjectModel PathItemModel = SwaggerModel.Of(SwaggerNodeKind.PathItem);
    private static readonly SwaggerObjectModel OperationModel = SwaggerModel.Of(SwaggerNodeKind.Operation);

    public static Diagnosis None { get; } = new([], new HashSet<string>());

    public static Diagnosis Find(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return None;
        }

        var braces = new List<StrayBrace>();
        var misplaced = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty("paths", out var paths) && paths.ValueKind == JsonValueKind.Object)
        {
            foreach (var pathItem in paths.EnumerateObject())
            {
                FindOperationFields(pathItem, braces, misplaced);
            }
        }

        // Paths after "paths" at the root: the brace that closed a path item early then closed "paths" too. When an
        // operation's fields were found, they tell the same brace's place better.
        var rootPaths = FindRun(root, "", start: member => member.NameEquals("paths"u8), belongs: member => member.Name.StartsWith('/'), misplaced);
        if (rootPaths is not null && braces.Count == 0)
        {
            braces.Add(rootPaths);
        }

        return braces.Count == 0 ? None : new Diagnosis(braces, misplaced);
    }

    /// <summary>Fields only an operation has, right after an operation of the path item: that operation was closed early.</summary>
    private static void FindOperationFields(JsonProperty pathItem, List<StrayBrace> braces, HashSet<string> misplaced)
    {
        if (pathItem.Value.ValueKind == JsonValueKind.Object
            && FindRun(pathItem.Value, JsonPointer.Append("/paths", pathItem.Name), IsOperation, IsOperationField, misplaced) is { } brace)
        {
            braces.Add(brace);
        }

        static bool IsOperation(JsonProperty member)
            => member.Value.ValueKind == JsonValueKind.Object && PathItemModel.TryGetField(member, out var field) && field.ChildKind == SwaggerNodeKind.Operation;

        static bool IsOperationField(JsonProperty member)
            => !SwaggerModel.IsExtension(member) && !PathItemModel.IsFixedField(member) && OperationModel.IsFixedField(member);
    }

    /// <summary>
    /// The members of <paramref name="owner"/> that <paramref name="belongs"/> accepts, in a run right after a member
    /// <paramref name="start"/> accepts: they are added to <paramref name="misplaced"/>, and the brace is the end of
    /// that member's value.
    /// </summary>
    private static StrayBrace? FindRun(JsonElement owner, string pointer, Func<JsonProperty, bool> start, Func<JsonProperty, bool> belongs, HashSet<string> misplaced)
    {
        // Member pointers are built only for what is found: this looks at every path item of every swagger.
        StrayBrace? brace = null;
        JsonProperty? closedEarly = null;
        foreach (var member in owner.EnumerateObject())
        {
            if (closedEarly is { } before && belongs(member))
            {
                var memberPointer = JsonPointer.Append(pointer, member.Name);
                brace ??= new StrayBrace(JsonPointer.Append(pointer, before.Name), memberPointer, member.Name, pointer);
                misplaced.Add(memberPointer);
            }
            else
            {
                closedEarly = start(member) ? member : null;
            }
        }

        return brace;
    }

    /// <summary>The stray braces found, and the pointers of the members they misplaced.</summary>
    public sealed record Diagnosis(IReadOnlyList<StrayBrace> Braces, IReadOnlySet<string> MisplacedMembers);

    /// <param name="ClosedEarly">The member whose value's last '}' is probably the stray one.</param>
    /// <param name="FirstMisplaced">The first member read into <paramref name="Owner"/>, and its name.</param>
    /// <param name="Owner">The object the members were read into: a path item, or "" for the root.</param>
    public sealed record StrayBrace(string ClosedEarly, string FirstMisplaced, string FirstMisplacedName, string Owner);
}
