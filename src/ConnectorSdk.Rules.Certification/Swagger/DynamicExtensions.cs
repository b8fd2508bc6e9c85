using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// The dynamic extensions, which make the designers call another operation of the connector for an input's values
/// (<c>x-ms-dynamic-values</c>, <c>x-ms-dynamic-list</c>), an input's or output's schema (<c>x-ms-dynamic-schema</c>,
/// <c>x-ms-dynamic-properties</c>) or a folder tree (<c>x-ms-dynamic-tree</c>): their names and the members that hold
/// paths into the called operation's response.
/// </summary>
internal static class DynamicExtensions
{
    public const string Values = "x-ms-dynamic-values";

    /// <summary>The extensions by name, with the members of each that hold a path into the response.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> PathMembers = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Values] = ["value-collection", "value-path", "value-title"],
        ["x-ms-dynamic-list"] = ["itemsPath", "itemTitlePath", "itemValuePath"],
        ["x-ms-dynamic-schema"] = ["value-path"],
        ["x-ms-dynamic-properties"] = ["itemValuePath"],
        ["x-ms-dynamic-tree"] = [],
    };

    /// <summary>Where the designers read them: on a non-body parameter, and on a schema (a body's, a property's, a response's).</summary>
    public static readonly SwaggerNodeKind[] OwnerKinds = [SwaggerNodeKind.Parameter, SwaggerNodeKind.Schema];

    /// <summary>Whether the member is a dynamic extension; <paramref name="paths"/> are its path members.</summary>
    public static bool TryGet(JsonProperty member, out string[] paths)
    {
        paths = [];
        return Utf8Text.Name(member).StartsWith("x-ms-dynamic-"u8) && PathMembers.TryGetValue(member.Name, out paths!);
    }
    /// <summary>
    /// For the rules on one dynamic extension's shape: reports its value when it is not an object, its name when it has no
    /// operationId (nor, when given, the <paramref name="builtin"/> member that replaces it), and each of
    /// <paramref name="members"/> of another JSON type. False when the value is not an object.
    /// </summary>
    /// <param name="notObject">{0}: the object holding the extension; {1}: the value's JSON type.</param>
    /// <param name="operationIdMissing">{0}: the object holding the extension.</param>
    /// <param name="memberType">{0}: the object holding the extension; {1}: the member; {2}: its JSON type; {3}: the type expected.</param>
    public static bool CheckShape(
        SwaggerMemberContext context, (string Member, JsonValueKind Kind)[] members, DiagnosticDescriptor notObject, DiagnosticDescriptor operationIdMissing,
        DiagnosticDescriptor memberType, string? builtin = null)
    {
        var value = context.Member.Value;
        if (value.ValueKind != JsonValueKind.Object)
        {
            context.Report(notObject, context.Element.Location, ExtensionNames.DescribeOwner(context), JsonKindNames.Describe(value.ValueKind));
            return false;
        }

        if (!value.TryGetProperty("operationId"u8, out _) && !(builtin is not null && value.TryGetProperty(builtin, out _)))
        {
            context.Report(operationIdMissing, context.Element.NameLocation, ExtensionNames.DescribeOwner(context));
        }

        foreach (var (member, kind) in members)
        {
            if (value.TryGetProperty(member, out var found) && found.ValueKind != kind)
            {
                context.Element.TryGetProperty(member, out var located);
                context.Report(memberType, located.Location, ExtensionNames.DescribeOwner(context), member, JsonKindNames.Describe(found.ValueKind), JsonKindNames.Describe(kind));
            }
        }

        return true;
    }
}
