using System.Globalization;

namespace ConnectorSdk.Analysis;

/// <summary>
/// Describes one rule, with Roslyn's fields plus the platform validator's code (<see cref="Name"/>),
/// the connector kinds it applies to, a default severity of its own for a kind where the catalog gives one,
/// and the analysis mode that turns it on.
/// </summary>
public sealed class DiagnosticDescriptor
{
    private readonly DiagnosticSeverity? _certifiedSeverity;
    private readonly DiagnosticSeverity? _independentPublisherSeverity;
    private readonly DiagnosticSeverity? _customSeverity;

    /// <param name="certifiedSeverity">The <see cref="ConnectorKind.Certified"/> kind's default where it is not <paramref name="defaultSeverity"/>.</param>
    /// <param name="independentPublisherSeverity">The <see cref="ConnectorKind.IndependentPublisher"/> kind's default where it is not <paramref name="defaultSeverity"/>.</param>
    /// <param name="customSeverity">The <see cref="ConnectorKind.Custom"/> kind's default where it is not <paramref name="defaultSeverity"/> (a "CERT E / ALL W" row).</param>
    public DiagnosticDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        AnalysisMode mode,
        ConnectorKinds appliesTo,
        string description,
        string? name = null,
        DiagnosticSeverity? certifiedSeverity = null,
        DiagnosticSeverity? independentPublisherSeverity = null,
        DiagnosticSeverity? customSeverity = null,
        string? helpLinkUri = null,
        params string[] customTags)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Mode = mode;
        AppliesTo = appliesTo;
        Description = description;
        Name = name ?? id;
        _certifiedSeverity = OnlyIfApplied(certifiedSeverity, ConnectorKinds.Certified);
        _independentPublisherSeverity = OnlyIfApplied(independentPublisherSeverity, ConnectorKinds.IndependentPublisher);
        _customSeverity = OnlyIfApplied(customSeverity, ConnectorKinds.Custom);
        HelpLinkUri = helpLinkUri ?? $"docs/rules/{id}.md";
        CustomTags = customTags;
    }

    /// <summary>The stable code, e.g. PPC1051.</summary>
    public string Id { get; }

    /// <summary>The Microsoft validator's code where one exists (e.g. OperationIdNotUnique), else the id.</summary>
    public string Name { get; }

    public string Title { get; }

    /// <summary>A composite format string filled with the diagnostic's arguments.</summary>
    public string MessageFormat { get; }

    public string Category { get; }

    /// <summary>The severity for the kinds the rule applies to that give none of their own (<see cref="GetDefaultSeverity"/>).</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>The least analysis mode that turns the rule on; <see cref="AnalysisMode.None"/> means always on.</summary>
    public AnalysisMode Mode { get; }

    public ConnectorKinds AppliesTo { get; }

    public string Description { get; }

    /// <summary>The rule's documentation; a relative link is resolved against the host's help-link base.</summary>
    public string HelpLinkUri { get; }

    public IReadOnlyList<string> CustomTags { get; }

    public bool IsEnabledByDefault => Mode <= AnalysisMode.Default;

    /// <summary>The severity for a connector of this kind before any configuration.</summary>
    public DiagnosticSeverity GetDefaultSeverity(ConnectorKind kind) => kind switch
    {
        ConnectorKind.Certified => _certifiedSeverity,
        ConnectorKind.IndependentPublisher => _independentPublisherSeverity,
        _ => _customSeverity,
    } ?? DefaultSeverity;

    /// <summary>Whether the rule runs for this kind in this mode, before any configuration.</summary>
    public bool IsEnabled(ConnectorKind kind, AnalysisMode mode)
        => AppliesTo.HasFlag(kind.ToFlag()) && (Mode == AnalysisMode.None || (mode != AnalysisMode.None && Mode <= mode));

    public string FormatMessage(IReadOnlyList<object?> arguments)
        => arguments.Count == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments.ToArray());

    public override string ToString() => Id;

    /// <summary>A severity for a kind the rule does not apply to could never be used: a mistake in the descriptor.</summary>
    private DiagnosticSeverity? OnlyIfApplied(DiagnosticSeverity? severity, ConnectorKinds kind)
        => severity is null || AppliesTo.HasFlag(kind)
            ? severity
            : throw new ArgumentException($"{Id} gives a severity for {kind}, a kind it does not apply to.", nameof(severity));
}
