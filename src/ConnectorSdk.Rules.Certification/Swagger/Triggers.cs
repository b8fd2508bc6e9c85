using System.Text.Json;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary><c>x-ms-trigger</c>, which makes an operation a trigger: its documented values, in one place.</summary>
internal static class Triggers
{
    public const string ExtensionName = "x-ms-trigger";

    /// <summary>A trigger that fires once per event, with an object response.</summary>
    public const string Single = "single";

    /// <summary>A trigger that fires for a batch of events, with an array response.</summary>
    public const string Batch = "batch";

    public static readonly IReadOnlyList<string> Values = [Single, Batch];

    /// <summary>The operation's x-ms-trigger when it is a string, else null (absent, or PPC1150's wrong type).</summary>
    public static string? Of(SwaggerOperation operation)
        => operation.Element.TryGetProperty(ExtensionName, out var trigger) && trigger.Kind == JsonValueKind.String ? trigger.Value.GetString() : null;
}
