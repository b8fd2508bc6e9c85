namespace ConnectorSdk.Analysis;

/// <summary>One finding: a rule, a place and the arguments of its message.</summary>
public sealed class Diagnostic
{
    private Diagnostic(DiagnosticDescriptor descriptor, Location location, DiagnosticSeverity severity, IReadOnlyList<object?> arguments, bool isSuppressed)
    {
        Descriptor = descriptor;
        Location = location;
        Severity = severity;
        Arguments = arguments;
        IsSuppressed = isSuppressed;
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

    public string GetMessage() => Descriptor.FormatMessage(Arguments);

    public Diagnostic WithSeverity(DiagnosticSeverity severity) => new(Descriptor, Location, severity, Arguments, IsSuppressed);

    public Diagnostic WithLocation(Location location) => new(Descriptor, location, Severity, Arguments, IsSuppressed);

    public Diagnostic WithSuppression(bool isSuppressed) => new(Descriptor, Location, Severity, Arguments, isSuppressed);

    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Id}: {GetMessage()}";
}
