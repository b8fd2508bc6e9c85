using System.Reflection;

namespace ConnectorSdk.Tests;

/// <summary>The shared folder beside the repository (corpus, specifications), as tests/Directory.Build.props records it.</summary>
internal static class SharedFolder
{
    public static string Path { get; } = TestFolders.Get("SharedFolder");

    public static string Corpus => System.IO.Path.Combine(Path, "corpus");
}

/// <summary>This repository's root folder, as tests/Directory.Build.props records it.</summary>
internal static class RepositoryFolder
{
    public static string Path { get; } = TestFolders.Get("RepositoryFolder");
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
