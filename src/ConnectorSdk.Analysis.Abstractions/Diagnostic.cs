using System.Collections.Immutable;

namespace ConnectorSdk.Analysis;

/// <summary>One finding: a rule, a place and the arguments of its message.</summary>
public sealed class Diagnostic
{
    private Diagnostic(DiagnosticDescriptor descriptor, Location location, DiagnosticSeverity severity, IReadOnlyList<object?> arguments, ImmutableDictionary<string, string?> properties, bool isSuppressed, string? justification = null)
    {
        Descriptor = descriptor;
        Location = location;
        Severity = severity;
        Arguments = arguments;
        Properties = properties;
        IsSuppressed = isSuppressed;
        SuppressionJustification = justification;
    }

    /// <summary>A finding of <paramref name="descriptor"/> at <paramref name="location"/>.</summary>
    /// <param name="descriptor">The rule.</param>
    /// <param name="location">Where the finding is.</param>
    /// <param name="arguments">The values of the descriptor's message format.</param>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] arguments)
        => new(descriptor, location, descriptor.DefaultSeverity, arguments, ImmutableDictionary<string, string?>.Empty, isSuppressed: false);

    /// <summary>A finding that carries data for a later step (a code fix, an editor), as Roslyn's <c>Diagnostic.Properties</c>.</summary>
    /// <param name="descriptor">The rule.</param>
    /// <param name="location">Where the finding is.</param>
    /// <param name="properties">Name-value pairs; null for none.</param>
    /// <param name="arguments">The values of the descriptor's message format.</param>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?>? properties, params object?[] arguments)
        => new(descriptor, location, descriptor.DefaultSeverity, arguments, properties ?? ImmutableDictionary<string, string?>.Empty, isSuppressed: false);

    /// <summary>The rule.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The rule's id.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Where the finding is; the engine adds the span of a JSON pointer.</summary>
    public Location Location { get; }

    /// <summary>The effective severity: the descriptor's default until the engine applies the kind and configuration.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The values of the message format.</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>Data the rule attached for a later step (a code fix, an editor); empty when none.</summary>
    public ImmutableDictionary<string, string?> Properties { get; }

    /// <summary>Whether a suppression (<c>connector.suppressions.json</c>) matched the finding: it is kept, but does not count.</summary>
    public bool IsSuppressed { get; }

    /// <summary>Why the finding is suppressed, as the suppression says; null when it is not suppressed or gives no reason.</summary>
    public string? SuppressionJustification { get; }

    /// <summary>The descriptor's message format filled with <see cref="Arguments"/>.</summary>
    public string GetMessage() => Descriptor.FormatMessage(Arguments);

    /// <summary>The same finding at another severity.</summary>
    /// <param name="severity">The new severity.</param>
    public Diagnostic WithSeverity(DiagnosticSeverity severity) => new(Descriptor, Location, severity, Arguments, Properties, IsSuppressed, SuppressionJustification);

    /// <summary>The same finding at another location.</summary>
    /// <param name="location">The new location.</param>
    public Diagnostic WithLocation(Location location) => new(Descriptor, location, Severity, Arguments, Properties, IsSuppressed, SuppressionJustification);

    /// <summary>The finding marked as suppressed (it keeps its severity but no longer counts) or not: the engine's, from the suppressions file.</summary>
    internal Diagnostic WithSuppression(bool isSuppressed, string? justification = null)
        => new(Descriptor, Location, Severity, Arguments, Properties, isSuppressed, isSuppressed ? justification : null);

    /// <inheritdoc/>
    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Id}: {GetMessage()}";
}
