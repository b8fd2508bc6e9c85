namespace ConnectorSdk.Analysis.Configuration;

/// <summary>The configuration keys that set severities; every other key is an option for the rules.</summary>
internal static class SeverityKeys
{
    private const string RulePrefix = "dotnet_diagnostic.";
    private const string CategoryPrefix = "dotnet_analyzer_diagnostic.category-";
    private const string Suffix = ".severity";

    /// <summary>The key of a rule's severity, in lower case as keys are stored.</summary>
    public static string ForRule(string id) => (RulePrefix + id + Suffix).ToLowerInvariant();

    public static string ForCategory(string category) => (CategoryPrefix + category + Suffix).ToLowerInvariant();

    /// <summary><c>dotnet_diagnostic.ID.severity</c> gives the id (in lower case).</summary>
    public static bool TryGetRuleId(string key, out string id) => TryGetMiddle(key, RulePrefix, out id);

    /// <summary><c>dotnet_analyzer_diagnostic.category-NAME.severity</c> gives the category (in lower case).</summary>
    public static bool TryGetCategory(string key, out string category) => TryGetMiddle(key, CategoryPrefix, out category);

    public static bool IsSeverityKey(string key) => TryGetRuleId(key, out _) || TryGetCategory(key, out _);

    private static bool TryGetMiddle(string key, string prefix, out string middle)
    {
        var matches = key.StartsWith(prefix, StringComparison.Ordinal) && key.EndsWith(Suffix, StringComparison.Ordinal) && key.Length > prefix.Length + Suffix.Length;
        middle = matches ? key[prefix.Length..^Suffix.Length] : "";
        return matches;
    }
}
