using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.BreakingChanges.Comparison;

/// <summary>The swagger's host and basePath, where every request of every existing flow goes.</summary>
internal static class Endpoint
{
    public static void Compare(BaselineContext context, List<Change> changes)
    {
        Compare(context, "host", null, ChangeKind.HostChanged, changes);
        // Swagger 2.0: without basePath, the API is served at the host's root.
        Compare(context, "basePath", "/", ChangeKind.BasePathChanged, changes);
    }

    private static void Compare(BaselineContext context, string field, string? absent, ChangeKind kind, List<Change> changes)
    {
        var before = Normalize(context.Baseline.Root.GetString(field) ?? absent);
        var after = Normalize(context.Current.Root.GetString(field) ?? absent);
        if (before is not null && !string.Equals(before, after, StringComparison.OrdinalIgnoreCase))
        {
            var where = NewFile.Member(context.Current.Root, field)?.Location ?? Location.InFile(context.Current.Root.File.Path);
            changes.Add(new(kind, where, before, after ?? "(none)"));
        }
    }

    private static string? Normalize(string? value) => value is null ? null : value.Length > 1 ? value.TrimEnd('/') : value;
}
