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

    /// <summary>Describes a rule; a pack usually wraps this constructor in a helper that fixes its category and help link from the id.</summary>
    /// <param name="id">The stable code, e.g. <c>CTSO001</c>: a prefix of the pack's own and a number.</param>
    /// <param name="title">A short statement of the rule.</param>
    /// <param name="messageFormat">The message, a composite format whose arguments are data (names, values), never pieces of a sentence.</param>
    /// <param name="category">The rule's category, e.g. <c>Swagger</c>, which <c>dotnet_analyzer_diagnostic.category-NAME.severity</c> configures.</param>
    /// <param name="defaultSeverity">The severity before configuration.</param>
    /// <param name="mode">The least analysis mode that turns the rule on.</param>
    /// <param name="appliesTo">The connector kinds the rule applies to.</param>
    /// <param name="description">What the rule checks and why, in full.</param>
    /// <param name="name">The platform validator's code where one exists; the id when null.</param>
    /// <param name="certifiedSeverity">The <see cref="ConnectorKind.Certified"/> kind's default where it is not <paramref name="defaultSeverity"/>.</param>
    /// <param name="independentPublisherSeverity">The <see cref="ConnectorKind.IndependentPublisher"/> kind's default where it is not <paramref name="defaultSeverity"/>.</param>
    /// <param name="customSeverity">The <see cref="ConnectorKind.Custom"/> kind's default where it is not <paramref name="defaultSeverity"/> (a "CERT E / ALL W" row).</param>
    /// <param name="helpLinkUri">
    /// The rule's documentation: an absolute address, or one relative to the base the pack declares with
    /// <see cref="ConnectorRulePackHelpLinkBaseAttribute"/>; null (Roslyn's default) for none.
    /// </param>
    /// <param name="customTags">Free-form tags.</param>
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
        HelpLinkUri = helpLinkUri;
        CustomTags = customTags;
    }

    /// <summary>The stable code, e.g. PPC1051.</summary>
    public string Id { get; }

    /// <summary>The Microsoft validator's code where one exists (e.g. OperationIdNotUnique), else the id.</summary>
    public string Name { get; }

    /// <summary>A short statement of the rule.</summary>
    public string Title { get; }

    /// <summary>A composite format string filled with the diagnostic's arguments.</summary>
    public string MessageFormat { get; }

    /// <summary>The rule's category, configured by <c>dotnet_analyzer_diagnostic.category-NAME.severity</c>.</summary>
    public string Category { get; }

    /// <summary>The severity for the kinds the rule applies to that give none of their own (<see cref="GetDefaultSeverity"/>).</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>The least analysis mode that turns the rule on; <see cref="AnalysisMode.None"/> means always on.</summary>
    public AnalysisMode Mode { get; }

    /// <summary>The connector kinds the rule applies to; it never runs for another kind, whatever the configuration.</summary>
    public ConnectorKinds AppliesTo { get; }

    /// <summary>What the rule checks and why, in full.</summary>
    public string Description { get; }

    /// <summary>
    /// The rule's documentation, or null. A relative link is resolved against the base its pack declares
    /// (<see cref="ConnectorRulePackHelpLinkBaseAttribute"/>; for ConnectorSdk's own packs, the host's help-link base);
    /// a relative link of a pack that declares none is left out of the output.
    /// </summary>
    public string? HelpLinkUri { get; }

    /// <summary>Free-form tags.</summary>
    public IReadOnlyList<string> CustomTags { get; }

    /// <summary>
    /// Whether the descriptor belongs to a pack loaded from a file (a third party's), whose relative help links resolve
    /// against <see cref="RulePackHelpLinkBase"/> rather than the host's base; set by the engine as it loads the pack.
    /// </summary>
    internal bool IsFromRulePackFile { get; private set; }

    /// <summary>The base its pack declares (<see cref="ConnectorRulePackHelpLinkBaseAttribute"/>), or null.</summary>
    internal Uri? RulePackHelpLinkBase { get; private set; }

    /// <summary>Whether the rule runs in the <see cref="AnalysisMode.Default"/> mode.</summary>
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

    /// <summary>The message with <paramref name="arguments"/> filled in (invariant culture).</summary>
    /// <param name="arguments">The values of <see cref="MessageFormat"/>'s placeholders.</param>
    public string FormatMessage(IReadOnlyList<object?> arguments)
        => arguments.Count == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments.ToArray());

    /// <summary>Marks the descriptor as a loaded pack's, with the base its pack declares (the same for every load of the pack).</summary>
    internal void SetRulePackHelpLinkBase(Uri? baseUri) => (IsFromRulePackFile, RulePackHelpLinkBase) = (true, baseUri);

    /// <inheritdoc/>
    public override string ToString() => Id;

    /// <summary>A severity for a kind the rule does not apply to could never be used: a mistake in the descriptor.</summary>
    private DiagnosticSeverity? OnlyIfApplied(DiagnosticSeverity? severity, ConnectorKinds kind)
        => severity is null || AppliesTo.HasFlag(kind)
            ? severity
            : throw new ArgumentException($"{Id} gives a severity for {kind}, a kind it does not apply to.", nameof(severity));
}
