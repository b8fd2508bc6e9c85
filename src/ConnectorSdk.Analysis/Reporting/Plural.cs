namespace ConnectorSdk.Analysis.Reporting;

/// <summary>Counts as the hosts' summaries print them: "1 error", "2 errors" (every noun they count takes an s).</summary>
internal static class Plural
{
    public static string Count(int count, string singular) => count == 1 ? $"1 {singular}" : $"{count} {singular}s";
}
