using System.Text.Json;

namespace ConnectorSdk.Rules.Certification;

/// <summary>How messages name the type of a JSON value that has the wrong one.</summary>
internal static class JsonKindNames
{
    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "nothing",
    };
}
