using System.Globalization;

namespace ConnectorSdk.Analysis;

/// <summary>
/// Describes one rule, with Roslyn's fields plus the platform validator's code (<see cref="Name"/>),
/// the connector kinds it applies to and the analysis mode that turns it on.
/// </summary>
public sealed class DiagnosticDescriptor
{
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
        CustomSeverity = customSeverity;
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

    /// <summary>The severity for the kinds the rule applies to (for both certification kinds when <see cref="CustomSeverity"/> is set).</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>The severity for <see cref="ConnectorKind.Custom"/> when it differs (a "CERT E / ALL W" row).</summary>
    public DiagnosticSeverity? CustomSeverity { get; }

    /// <summary>The least analysis mode that turns the rule on; <see cref="AnalysisMode.None"/> means always on.</summary>
    public AnalysisMode Mode { get; }

    public ConnectorKinds AppliesTo { get; }

    public string Description { get; }

    /// <summary>The rule's documentation; a relative link is resolved against the host's help-link base.</summary>
    public string HelpLinkUri { get; }

    public IReadOnlyList<string> CustomTags { get; }

    public bool IsEnabledByDefault => Mode <= AnalysisMode.Default;

    public DiagnosticSeverity GetDefaultSeverity(ConnectorKind kind)
        => kind == ConnectorKind.Custom && CustomSeverity is { } custom ? custom : DefaultSeverity;

    /// <summary>Whether the rule runs for this kind in this mode, before any configuration.</summary>
    public bool IsEnabled(ConnectorKind kind, AnalysisMode mode)
        => AppliesTo.HasFlag(kind.ToFlag()) && (Mode == AnalysisMode.None || (mode != AnalysisMode.None && Mode <= mode));

    public string FormatMessage(IReadOnlyList<object?> arguments)
        => arguments.Count == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments.ToArray());

    public override string ToString() => Id;
}
