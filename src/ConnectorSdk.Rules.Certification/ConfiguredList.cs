using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification;

/// <summary>
/// Reads a word list a rule takes from <c>.editorconfig</c>/<c>.globalconfig</c>
/// (<c>connectorsdk.&lt;key&gt; = a, b, c</c>): a configured value replaces the rule's default list.
/// </summary>
internal static class ConfiguredList
{
    public static IReadOnlyList<string> Read(ConnectorContext context, ConnectorFile file, string key, IReadOnlyList<string> defaults)
        => context.Options.TryGetValue(file, key, out var value)
            ? value.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : defaults;
}
