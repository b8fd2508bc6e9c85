using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Analysis.Configuration;

/// <summary>
/// Finds the severity entries that cannot be applied. Entries about other tools (an id without one of
/// the prefixes of the loaded rules, such as CA1822, or a category no rule has) are left alone: one
/// .editorconfig often configures C# analyzers and connectors alike.
/// </summary>
internal sealed class ConfigValidator(IReadOnlyList<DiagnosticDescriptor> rules)
{
    private readonly HashSet<string> _ids = rules.Select(rule => rule.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _prefixes = rules.Select(rule => Prefix(rule.Id)).ToHashSet(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _categories = rules.Select(rule => rule.Category).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<ConfigProblem> Validate(ConfigFile file)
    {
        foreach (var problem in file.Problems)
        {
            yield return problem;
        }

        foreach (var entry in file.Preamble.Concat(file.Sections.SelectMany(section => section.Entries)))
        {
            if (Check(entry) is { } message)
            {
                yield return new ConfigProblem(file.Path, entry.Span, message);
            }
        }
    }

    private string? Check(ConfigEntry entry)
    {
        if (entry.Key == MicrosoftPublisher.OverrideKey)
        {
            return MicrosoftPublisher.ParseOverride(entry.Value) is null ? $"'{entry.Value}' is not a boolean: use true or false" : null;
        }

        bool concernsUs;
        if (SeverityKeys.TryGetRuleId(entry.Key, out var id))
        {
            if (!_ids.Contains(id) && _prefixes.Contains(Prefix(id)))
            {
                return $"'{id.ToUpperInvariant()}' is not a rule of the loaded rule packs";
            }

            concernsUs = _ids.Contains(id);
        }
        else
        {
            concernsUs = SeverityKeys.TryGetCategory(entry.Key, out var category) && _categories.Contains(category);
        }

        return concernsUs && !ConfiguredSeverities.TryParse(entry.Value, out _)
            ? $"'{entry.Value}' is not a severity: use {string.Join(", ", ConfiguredSeverities.Names)}"
            : null;
    }

    /// <summary>The letters an id starts with (PPC, or a third-party pack's own prefix).</summary>
    private static string Prefix(string id)
    {
        var length = 0;
        while (length < id.Length && char.IsLetter(id[length]))
        {
            length++;
        }

        return id[..length];
    }
}
