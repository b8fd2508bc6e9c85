namespace ConnectorSdk.Rules.Certification;

/// <summary>The categories of this pack, usable in <c>dotnet_analyzer_diagnostic.category-&lt;Category&gt;.severity</c>.</summary>
internal static class RuleCategories
{
    public const string Swagger = "Swagger";
    public const string ApiProperties = "ApiProperties";
}
