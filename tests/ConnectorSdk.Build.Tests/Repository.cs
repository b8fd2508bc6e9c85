using System.Reflection;

namespace ConnectorSdk.Build.Tests;

/// <summary>The source tree these tests were built from.</summary>
internal static class Repository
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    /// <summary>The configuration the solution was built in, so that the SDK can be packed without building.</summary>
    public static string Configuration { get; } = Metadata("Configuration");

    private static string Metadata(string key)
        => typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
