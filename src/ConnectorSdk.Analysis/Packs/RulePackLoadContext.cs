using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.Loader;

namespace ConnectorSdk.Analysis.Packs;

/// <summary>
/// Where a third-party pack lives: its own dependencies resolve from its folder (its .deps.json when it has
/// one), so two packs may use different versions of a library. The contract assembly is always the host's
/// own instance, or no analyzer of the pack would be a <see cref="ConnectorAnalyzer"/> to the engine; the
/// framework comes from the default context. Collectible, so that a long-lived MSBuild node can let a pack go.
/// </summary>
internal sealed class RulePackLoadContext(string assemblyPath)
    : AssemblyLoadContext($"ConnectorSdk rule pack {Path.GetFileNameWithoutExtension(assemblyPath)}", isCollectible: true)
{
    private static readonly Assembly Contract = typeof(ConnectorAnalyzer).Assembly;

    private readonly AssemblyDependencyResolver _resolver = new(assemblyPath);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = RulePack.TrimmingJustification)]
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name == Contract.GetName().Name)
        {
            return Contract;
        }

        if (IsFramework(assemblyName))
        {
            return null;
        }

        return _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
        => _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;

    private static bool IsFramework(AssemblyName name)
        => name.Name is "mscorlib" or "netstandard" or "System" || (name.Name?.StartsWith("System.", StringComparison.Ordinal) ?? false);
}
