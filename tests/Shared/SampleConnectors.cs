namespace ConnectorSdk.Tests;

/// <summary>The repository's sample connectors, copied for a test to build or change.</summary>
internal static class SampleConnectors
{
    /// <summary>What <see cref="AddTrailingComma"/> makes the analysis report, at (23,32,23,33) of apiProperties.json.</summary>
    public const string TrailingCommaMessage = "apiProperties.json: trailing comma; strict JSON readers reject this";

    /// <summary>Copies the files of a sample (its project file included) into <paramref name="target"/>.</summary>
    public static void Copy(string sample, string target)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryFolder.Path, "samples", sample)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    /// <summary>Turns the clean sample's only finding into PPC0003: a trailing comma at the end of apiProperties.json.</summary>
    public static void AddTrailingComma(string folder)
    {
        var apiProperties = Path.Combine(folder, "apiProperties.json");
        File.WriteAllText(apiProperties, File.ReadAllText(apiProperties).Replace("\"Contoso Ltd\"\n  }", "\"Contoso Ltd\",\n  }", StringComparison.Ordinal));
    }
}
