using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>What the response rules share: which keys are status codes, which responses carry the action's outputs, where to report.</summary>
internal static class ResponseNodes
{
    /// <summary>The statuses whose schema the designers show as the action's outputs.</summary>
    public static readonly IReadOnlyList<string> OutputStatuses = ["200", "201"];

    /// <summary>The members of an operation's <c>responses</c> that are responses: every one but the extensions (<c>x-...</c>).</summary>
    public static IEnumerable<JsonProperty> Entries(JsonElement responses)
        => responses.EnumerateObject().Where(member => !SwaggerModel.IsExtension(member));

    /// <summary>The operation's responses (resolved), without the extensions of its <c>responses</c>.</summary>
    public static IEnumerable<SwaggerResponse> Of(SwaggerOperation operation)
        => operation.Responses.Where(response => !SwaggerModel.IsExtension(response.StatusCode));

    /// <summary>Whether a response key is a 2xx status code.</summary>
    public static bool IsSuccess(string statusCode) => statusCode.Length == 3 && statusCode[0] == '2' && char.IsAsciiDigit(statusCode[1]) && char.IsAsciiDigit(statusCode[2]);

    /// <summary>Whether the response (resolved) describes a body: a <c>schema</c>, or <c>x-ms-dynamic-schema</c> on the response.</summary>
    public static bool HasSchema(SwaggerResponse response)
        => response.Element.Kind == JsonValueKind.Object
            && (response.Element.Value.TryGetProperty("schema"u8, out _) || response.Element.Value.TryGetProperty("x-ms-dynamic-schema"u8, out _));

    /// <summary>
    /// Where the operation brings a problem of the response in: the <c>$ref</c> of a shared response (a finding per
    /// operation, in the operation's own text), else the response's member <paramref name="member"/> (its name or its
    /// value), else the response's key.
    /// </summary>
    public static Location Locate(SwaggerResponse response, string member, bool atName = false)
        => response.Declaration.TryGetProperty("$ref", out var reference) ? reference.Location
            : response.Element.TryGetProperty(member, out var located) ? (atName ? located.NameLocation : located.Location)
            : response.Declaration.NameLocation;
}
