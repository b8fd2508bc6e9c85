using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// The extension names PPC1172 and PPC1173 read: which objects they look at, how they tell a known name from a misspelled
/// or an unknown one (<see cref="ValueLists.KnownExtensions"/>, configurable), and how they name the object.
/// </summary>
internal static class ExtensionNames
{
    /// <summary>
    /// The objects of the specification. Not <see cref="SwaggerNodeKind.Other"/>: what an extension's value holds is the
    /// extension's own business (its members are names, not extensions). Keys of maps (properties, headers, paths) are
    /// never members of an object here.
    /// </summary>
    public static readonly SwaggerNodeKind[] OwnerKinds = [.. Enum.GetValues<SwaggerNodeKind>().Where(kind => kind != SwaggerNodeKind.Other)];

    /// <summary>The configured known names, read once per connector.</summary>
    public static ConfiguredList CreateList() => new(ValueLists.KnownExtensionsKey, ValueLists.KnownExtensions);

    /// <summary>
    /// Whether <paramref name="name"/> is a known extension, as written; when it is not, the known name it most likely
    /// means (<see cref="Spelling.Closest"/>), else null.
    /// </summary>
    public static bool IsKnown(string name, string[] known, out string? meant)
    {
        meant = null;
        if (known.Contains(name, StringComparer.Ordinal))
        {
            return true;
        }

        meant = Spelling.Closest(name, known);
        return false;
    }

    /// <summary>How a message names the object holding the extension: "operation 'ListItems'", "property 'status'", "the document", ...</summary>
    public static string DescribeOwner(SwaggerMemberContext context)
        => context.OwnerKind == SwaggerNodeKind.Operation ? $"operation {OperationNodes.Describe(context.Path)}" : SchemaNodes.Describe(context.Path);
}
