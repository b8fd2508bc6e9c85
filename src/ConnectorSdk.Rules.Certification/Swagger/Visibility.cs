using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// <c>x-ms-visibility</c>, on operations, parameters and schema properties: its documented values, in one place, and how
/// the rules read it. The platform reads the values in any letter case.
/// </summary>
internal static class Visibility
{
    public const string ExtensionName = "x-ms-visibility";

    public const string Internal = "internal";

    /// <summary>The documented values, as the documentation writes them (leaving the extension out, or empty, means normal).</summary>
    public static readonly IReadOnlyList<string> Values = ["important", "advanced", Internal];

    /// <summary>
    /// Normal visibility, also what leaving the extension out means: "none" as the certification rules' own advice
    /// writes it (PPC1069), or an empty string.
    /// </summary>
    public const string None = "none";

    /// <summary>The values as a message lists them: "important", "advanced" or "internal".</summary>
    public static readonly string ValuesText = $"\"{Values[0]}\", \"{Values[1]}\" or \"{Values[2]}\"";

    /// <summary>Whether the object is hidden from users: <c>"x-ms-visibility": "internal"</c>, in any letter case.</summary>
    public static bool IsInternal(JsonElement element)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty("x-ms-visibility"u8, out var visibility) && visibility.ValueKind == JsonValueKind.String
            && string.Equals(visibility.GetString(), Internal, StringComparison.OrdinalIgnoreCase);

    /// <summary>The documented value <paramref name="value"/> stands for, ignoring letter case; null when there is none.</summary>
    public static string? Documented(string value)
        => Values.Append(None).FirstOrDefault(known => string.Equals(known, value, StringComparison.OrdinalIgnoreCase));

    /// <summary>The kinds of object whose x-ms-visibility the designers read.</summary>
    public static readonly SwaggerNodeKind[] OwnerKinds = [SwaggerNodeKind.Operation, SwaggerNodeKind.Parameter, SwaggerNodeKind.Schema];

    /// <summary>
    /// For the rules on the value (an extension action on <see cref="OwnerKinds"/>): the value when the member is
    /// x-ms-visibility and holds something other than a documented value as written, "none" or the empty string (normal).
    /// </summary>
    public static bool TryGetUndocumented(SwaggerMemberContext context, out JsonElement value)
    {
        value = context.Member.Value;
        return context.Member.NameEquals(ExtensionName)
            && !(value.ValueKind == JsonValueKind.String && value.GetString() is { } text && (text.Length == 0 || text == None || Values.Contains(text, StringComparer.Ordinal)));
    }

    /// <summary>
    /// How a message names the object that holds the extension: an operation by its operationId (else its method and
    /// path), a parameter by its name and location, a schema by its JSON pointer (made only to report).
    /// </summary>
    public static string DescribeOwner(SwaggerMemberContext context)
        => context.OwnerKind switch
        {
            SwaggerNodeKind.Operation => OperationNodes.Describe(context.Path),
            SwaggerNodeKind.Parameter => Parameters.Describe(context.Path.Current),
            _ => $"'{context.Owner.Pointer}'",
        };

    /// <summary>Of descriptors per owner kind, the one for the extension's owner.</summary>
    public static DiagnosticDescriptor For(SwaggerMemberContext context, DiagnosticDescriptor operation, DiagnosticDescriptor parameter, DiagnosticDescriptor schema)
        => context.OwnerKind switch
        {
            SwaggerNodeKind.Operation => operation,
            SwaggerNodeKind.Parameter => parameter,
            _ => schema,
        };
}
