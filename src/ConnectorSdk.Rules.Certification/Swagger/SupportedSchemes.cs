namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>The URL schemes a connector may declare in <c>schemes</c> (the only copy of this list).</summary>
internal static class SupportedSchemes
{
    public static readonly IReadOnlyList<string> Values = ["http", "https"];
}
