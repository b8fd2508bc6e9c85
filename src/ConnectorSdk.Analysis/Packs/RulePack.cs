using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using ConnectorSdk.Analysis.Reporting;

namespace ConnectorSdk.Analysis.Packs;

/// <summary>A rule pack: an assembly and the analyzers it contributes, or why it could not be loaded.</summary>
internal sealed class RulePack
{
    private RulePack(string name, string path, IReadOnlyList<ConnectorAnalyzer> analyzers, string? loadProblem, bool isFromFile = false, Uri? helpLinkBase = null)
    {
        Name = name;
        Path = path;
        Analyzers = analyzers;
        LoadProblem = loadProblem;
        IsFromFile = isFromFile;
        HelpLinkBase = helpLinkBase;
    }

    /// <summary>The assembly's simple name, which diagnostics about the pack (PPC0006, PPC0007) quote.</summary>
    public string Name { get; }

    /// <summary>The pack's assembly file (its name when the assembly has no file), where problems with the pack are reported.</summary>
    public string Path { get; }

    public IReadOnlyList<ConnectorAnalyzer> Analyzers { get; }

    /// <summary>Why the pack could not be loaded (the engine reports it as PPC0007); null when it was.</summary>
    public string? LoadProblem { get; }

    /// <summary>Whether the pack was loaded from a file (a third party's): its relative help links resolve against <see cref="HelpLinkBase"/>, not the host's base.</summary>
    public bool IsFromFile { get; }

    /// <summary>The base the pack's assembly declares with <see cref="ConnectorRulePackHelpLinkBaseAttribute"/>, or null.</summary>
    public Uri? HelpLinkBase { get; }

    /// <summary>
    /// Every concrete <see cref="ConnectorAnalyzer"/> of the assembly that has a public parameterless
    /// constructor, ordered by type name so that every host runs them in the same order.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TrimmingJustification)]
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = TrimmingJustification)]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = TrimmingJustification)]
    public static RulePack FromAssembly(Assembly assembly)
    {
        var analyzers = assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false }
                && type.IsSubclassOf(typeof(ConnectorAnalyzer))
                && type.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (ConnectorAnalyzer)Activator.CreateInstance(type)!)
            .ToArray();
        return new RulePack(NameOf(assembly), PathOf(assembly), analyzers, null);
    }

    /// <summary>Analyzers created by the host, one pack per assembly they come from.</summary>
    public static IEnumerable<RulePack> FromAnalyzers(IEnumerable<ConnectorAnalyzer> analyzers)
        => analyzers
            .GroupBy(analyzer => analyzer.GetType().Assembly)
            .Select(group => new RulePack(NameOf(group.Key), PathOf(group.Key), group.ToArray(), null));

    /// <summary>
    /// A third-party pack, loaded into its own <see cref="RulePackLoadContext"/> so that its dependencies come
    /// from its own folder. Never throws: a pack that cannot be loaded, or holds no analyzer, has a <see cref="LoadProblem"/>.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TrimmingJustification)]
    public static RulePack FromPath(string assemblyPath)
    {
        var path = System.IO.Path.GetFullPath(assemblyPath);
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        if (!File.Exists(path))
        {
            return Failed(name, path, $"'{path}' does not exist");
        }

        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            return Failed(name, path, "the native (AOT) build of connector cannot load rule packs; run the framework-dependent one (dotnet ConnectorSdk.Cli.dll)");
        }

        try
        {
            var assembly = new RulePackLoadContext(path).LoadFromAssemblyPath(path);
            var loaded = FromAssembly(assembly);
            return loaded.Analyzers.Count == 0
                ? Failed(loaded.Name, path, "it holds no ConnectorAnalyzer with a public parameterless constructor")
                : new RulePack(loaded.Name, path, loaded.Analyzers, null, isFromFile: true, HelpLinks.DeclaredBase(assembly));
        }
        catch (BadImageFormatException)
        {
            return Failed(name, path, $"'{path}' is not a .NET assembly");
        }
        catch (ReflectionTypeLoadException exception)
        {
            var cause = exception.LoaderExceptions.FirstOrDefault(e => e is not null);
            return Failed(name, path, $"its types cannot be loaded: {cause?.Message ?? exception.Message}");
        }
        catch (TargetInvocationException exception) when (exception.InnerException is { } cause)
        {
            return Failed(name, path, $"an analyzer's constructor threw {cause.GetType().Name}: {cause.Message}");
        }
        catch (Exception exception)
        {
            return Failed(name, path, $"it cannot be loaded: {exception.GetType().Name}: {exception.Message}");
        }
    }

    /// <summary>Why finding analyzers by reflection is safe where the host is trimmed (the CLI's native build).</summary>
    internal const string TrimmingJustification =
        "A trimmed host keeps its built-in packs whole (the CLI roots them with TrimmerRootAssembly); packs loaded from files are not trimmed, and the native build loads none.";

    private static RulePack Failed(string name, string path, string problem) => new(name, path, [], problem);

    private static string NameOf(Assembly assembly) => assembly.GetName().Name ?? assembly.ToString();

    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "A native or single-file host has no assembly files: the name stands in for the path.")]
    private static string PathOf(Assembly assembly) => assembly.Location is { Length: > 0 } location ? location : NameOf(assembly) + ".dll";
}
