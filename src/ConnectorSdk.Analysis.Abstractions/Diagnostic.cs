namespace ConnectorSdk.Analysis;

/// <summary>One finding: a rule, a place and the arguments of its message.</summary>
public sealed class Diagnostic
{
    private Diagnostic(DiagnosticDescriptor descriptor, Location location, DiagnosticSeverity severity, IReadOnlyList<object?> arguments, bool isSuppressed, string? justification = null)
    {
        Descriptor = descriptor;
        Location = location;
        Severity = severity;
        Arguments = arguments;
        IsSuppressed = isSuppressed;
        SuppressionJustification = justification;
    }

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] arguments)
        => new(descriptor, location, descriptor.DefaultSeverity, arguments, isSuppressed: false);

    public DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public Location Location { get; }

    /// <summary>The effective severity: the descriptor's default until the engine applies the kind and configuration.</summary>
    public DiagnosticSeverity Severity { get; }

    public IReadOnlyList<object?> Arguments { get; }

    public bool IsSuppressed { get; }

    /// <summary>Why the finding is suppressed, as the suppression says; null when it is not suppressed or gives no reason.</summary>
    public string? SuppressionJustification { get; }

    public string GetMessage() => Descriptor.FormatMessage(Arguments);

    public Diagnostic WithSeverity(DiagnosticSeverity severity) => new(Descriptor, Location, severity, Arguments, IsSuppressed, SuppressionJustification);

    public Diagnostic WithLocation(Location location) => new(Descriptor, location, Severity, Arguments, IsSuppressed, SuppressionJustification);

    /// <summary>The finding marked as suppressed (it keeps its severity but no longer counts) or not.</summary>
    public Diagnostic WithSuppression(bool isSuppressed, string? justification = null)
        => new(Descriptor, Location, Severity, Arguments, isSuppressed, isSuppressed ? justification : null);

    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Id}: {GetMessage()}";
}
