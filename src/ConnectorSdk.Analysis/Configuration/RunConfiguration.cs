using System.Diagnostics.CodeAnalysis;

namespace ConnectorSdk.Analysis.Configuration;

/// <summary>The configuration of one connector as its run uses it: the severity of each diagnostic, the options of each file.</summary>
internal sealed class RunConfiguration(SeverityPolicy policy, ConnectorKind kind, ConnectorConfiguration configuration) : ConnectorConfigOptions
{
    public IReadOnlyList<ConfigProblem> Problems => configuration.Problems;

    /// <summary>The diagnostic at its effective severity, or null when it is not reported.</summary>
    public Diagnostic? Apply(Diagnostic diagnostic)
        => policy.Decide(diagnostic.Descriptor, kind, configuration.For(diagnostic.Location.FilePath)) is { } severity ? diagnostic.WithSeverity(severity) : null;

    public override bool TryGetValue(ConnectorFile file, string key, [NotNullWhen(true)] out string? value) => TryGetValue(file.Path, key, out value);

    /// <summary>An option for a path, also where a missing file was expected.</summary>
    public bool TryGetValue(string filePath, string key, [NotNullWhen(true)] out string? value)
    {
        var found = configuration.For(filePath).TryGetOption(key, out var option);
        value = found ? option : null;
        return found;
    }
}
