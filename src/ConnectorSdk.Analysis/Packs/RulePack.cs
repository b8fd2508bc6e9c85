using System.Reflection;

namespace ConnectorSdk.Analysis.Packs;

/// <summary>A rule pack: an assembly and the analyzers it contributes.</summary>
public sealed class RulePack
{
    private RulePack(string name, IReadOnlyList<ConnectorAnalyzer> analyzers)
    {
        Name = name;
        Analyzers = analyzers;
    }

    /// <summary>The assembly's simple name, which diagnostics about the pack (PPC0006) quote.</summary>
    public string Name { get; }

    public IReadOnlyList<ConnectorAnalyzer> Analyzers { get; }

    /// <summary>
    /// Every concrete <see cref="ConnectorAnalyzer"/> of the assembly that has a public parameterless
    /// constructor, ordered by type name so that every host runs them in the same order.
    /// </summary>
    public static RulePack FromAssembly(Assembly assembly)
    {
        var analyzers = assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false }
                && type.IsSubclassOf(typeof(ConnectorAnalyzer))
                && type.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (ConnectorAnalyzer)Activator.CreateInstance(type)!)
            .ToArray();
        return new RulePack(assembly.GetName().Name ?? assembly.ToString(), analyzers);
    }
}
