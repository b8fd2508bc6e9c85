using System.Reflection;

namespace ConnectorSdk.Analysis.Tests;

/// <summary>The read-only ../shared folder beside the repository (real connectors, specs).</summary>
internal static class SharedFolder
{
    public static string Path { get; } = typeof(SharedFolder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SharedFolder").Value!;

    public static string Corpus => System.IO.Path.Combine(Path, "corpus");
}
