using System.Text.Json;
using System.Text.RegularExpressions;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>The media types an operation's request may have (<c>consumes</c>) and its responses (<c>produces</c>), as the validator reads them.</summary>
internal static partial class MimeTypes
{
    public const string FormUrlEncoded = "application/x-www-form-urlencoded";

    public const string Multipart = "multipart/form-data";

    /// <summary>The request types the validator supports (MimeTypeNotSupported lists them).</summary>
    public static readonly IReadOnlyList<string> Supported = ["application/json", "text/plain", Multipart, FormUrlEncoded];

    /// <summary>type/subtype with RFC 6838's characters, optionally followed by parameters (<c>; charset=utf-8</c>).</summary>
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*\s*(;.*)?$", RegexOptions.CultureInvariant)]
    public static partial Regex Valid();

    /// <summary>The type without parameters, in lower case: how a type is compared.</summary>
    public static string Essence(string mimeType)
    {
        var semicolon = mimeType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? mimeType : mimeType[..semicolon]).Trim().ToLowerInvariant();
    }

    /// <summary>
    /// The <c>consumes</c> that applies to the operation: its own when it has one, else the document's; null when neither
    /// has an array. The entries that are not strings are left out (PPC1002 reports them).
    /// </summary>
    public static SourceElement? Consumes(SwaggerDocument swagger, SwaggerOperation operation) => Applying(swagger, operation, "consumes");

    /// <summary>The <c>produces</c> that applies to the operation, as <see cref="Consumes"/> finds it.</summary>
    public static SourceElement? Produces(SwaggerDocument swagger, SwaggerOperation operation) => Applying(swagger, operation, "produces");

    private static SourceElement? Applying(SwaggerDocument swagger, SwaggerOperation operation, string list)
        => operation.Element.TryGetProperty(list, out var own) && own.Kind == JsonValueKind.Array ? own
            : swagger.Root.TryGetProperty(list, out var global) && global.Kind == JsonValueKind.Array ? global
            : null;

    /// <summary>The string entries of a <c>consumes</c> or <c>produces</c> array, each with its essence.</summary>
    public static IEnumerable<(SourceElement Entry, string Essence)> Entries(SourceElement consumes)
        => consumes.EnumerateItems().Where(entry => entry.Kind == JsonValueKind.String).Select(entry => (entry, Essence(entry.Value.GetString()!)));

    /// <summary>Whether the operation sends a body or form data (its own parameters and its path item's).</summary>
    public static bool SendsContent(SwaggerOperation operation)
        => operation.Parameters.Any(parameter => parameter.In is "body" or "formData");
}
