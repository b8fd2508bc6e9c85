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

    /// <summary>The <c>responses</c> object of the operation a node action is at; false when it is missing or of another JSON type.</summary>
    public static bool TryGetResponses(SwaggerNodeContext context, out JsonElement responses)
    {
        responses = default;
        return context.Value.ValueKind == JsonValueKind.Object && context.Value.TryGetProperty("responses"u8, out responses) && responses.ValueKind == JsonValueKind.Object;
    }

    /// <summary>The operation's responses (resolved), without the extensions of its <c>responses</c>.</summary>
    public static IEnumerable<SwaggerResponse> Of(SwaggerOperation operation)
        => operation.Responses.Where(response => !SwaggerModel.IsExtension(response.StatusCode));

    /// <summary>Whether a response key is a 2xx status code.</summary>
    public static bool IsSuccess(string statusCode) => IsStatusCode(statusCode) && statusCode[0] == '2';

    /// <summary>Whether a response key is a 4xx or 5xx status code.</summary>
    public static bool IsError(string statusCode) => IsStatusCode(statusCode) && statusCode[0] is '4' or '5';

    /// <summary>Whether a response key is an HTTP status code, three digits from 100 to 599.</summary>
    public static bool IsStatusCode(string key) => key.Length == 3 && key[0] is >= '1' and <= '5' && char.IsAsciiDigit(key[1]) && char.IsAsciiDigit(key[2]);

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
        => response.Element.TryGetProperty(member, out var located) ? Locate(response, atName ? located.NameLocation : located.Location)
            : Locate(response, response.Declaration.NameLocation);

    /// <summary>The <c>$ref</c> of a shared response, else <paramref name="own"/>, a place in the operation's own response.</summary>
    public static Location Locate(SwaggerResponse response, Location own)
        => response.Declaration.TryGetProperty("$ref", out var reference) ? reference.Location : own;
}
