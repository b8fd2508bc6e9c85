using System.Reflection;

namespace ConnectorSdk.Tests;

/// <summary>The shared folder beside the repository (corpus, specifications), as tests/Directory.Build.props records it.</summary>
internal static class SharedFolder
{
    public static string Path { get; } = typeof(SharedFolder).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "SharedFolder")
        .Value!;

    public static string Corpus => System.IO.Path.Combine(Path, "corpus");
}
