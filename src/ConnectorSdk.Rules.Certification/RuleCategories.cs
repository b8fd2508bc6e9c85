namespace ConnectorSdk.Rules.Certification;

/// <summary>The categories of this pack, usable in <c>dotnet_analyzer_diagnostic.category-&lt;Category&gt;.severity</c>.</summary>
internal static class RuleCategories
{
    public const string Swagger = "Swagger";
    public const string ApiProperties = "ApiProperties";

    /// <summary>The category whose range (src/DiagnosticCategoryAndIdRanges.txt) holds the id: PPC1xxx or PPC2xxx.</summary>
    public static string Of(string id) => id[..4] switch
    {
        "PPC1" => Swagger,
        "PPC2" => ApiProperties,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "This pack's rules are in the Swagger (PPC1xxx) and ApiProperties (PPC2xxx) ranges."),
    };
}
