using System.Diagnostics.CodeAnalysis;

namespace ConnectorSdk.Analysis;

/// <summary>
/// The keys of the <c>.editorconfig</c> sections that match a file and of the <c>.globalconfig</c> files
/// (Roslyn's AnalyzerConfigOptions, per connector file): what a rule reads its own settings from, e.g.
/// <c>connectorsdk.restricted_words = foo, bar</c>. Severity keys are the engine's and are not listed.
/// </summary>
public abstract class ConnectorConfigOptions
{
    /// <summary>The value of <paramref name="key"/> (matched in any letter case) for <paramref name="file"/>, as written.</summary>
    public abstract bool TryGetValue(ConnectorFile file, string key, [NotNullWhen(true)] out string? value);
}
