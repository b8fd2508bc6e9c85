using System.Reflection;

namespace ConnectorSdk.Tests;

/// <summary>This repository's root folder, as tests/Directory.Build.props records it.</summary>
internal static class RepositoryFolder
{
    public static string Path { get; } = TestFolders.Get("RepositoryFolder");
}

/// <summary>The files of microsoft/PowerPlatformConnectors kept in tests/Data (its README says which commit).</summary>
internal static class TestData
{
    public static string Path { get; } = System.IO.Path.Combine(RepositoryFolder.Path, "tests", "Data");

    /// <summary>115 real connectors in the upstream layout.</summary>
    public static string Corpus => System.IO.Path.Combine(Path, "corpus");
}

/// <summary>The sample third-party pack (examples/RulePacks/Contoso.ConnectorRules), built in the tests' configuration.</summary>
internal static class SampleRulePack
{
    public static string Path { get; } = TestFolders.Get("SampleRulePack");
}

file static class TestFolders
{
    public static string Get(string key) => typeof(TestFolders).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == key)
        .Value!;
}
