using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7013: a minor or a major update.</summary>
internal sealed class UpdateClassRule : BreakingChangeRule
{
    /// <summary>{0}: how many minor fields changed.</summary>
    public static readonly DiagnosticDescriptor Minor = Descriptors.Create(
        RuleIds.UpdateClass,
        "A minor or a major update",
        "A minor update: only fields of the fast track changed ({0}: descriptions, summaries, contact, publisher, brand colour)",
        DiagnosticSeverity.Info,
        "Microsoft takes an update that changes only its listed fields (the swagger's info description and contact, operation descriptions and summaries, response descriptions; apiProperties' descriptions, tooltips, iconBrandColor, publisher and stackOwner) through the fast track; anything else makes a major update. Key order and whitespace are not changes.",
        "UpdateClass");

    /// <summary>{0}: the JSON pointer of the first change; {1}: how many others.</summary>
    public static readonly DiagnosticDescriptor Major = Descriptors.Create(
        RuleIds.UpdateClass,
        "A minor or a major update",
        "A major update: {0} changed, with {1} other changes beyond the fields of a minor update (descriptions, summaries, contact, publisher, brand colour)",
        DiagnosticSeverity.Info,
        "Microsoft takes an update that changes only its listed fields (the swagger's info description and contact, operation descriptions and summaries, response descriptions; apiProperties' descriptions, tooltips, iconBrandColor, publisher and stackOwner) through the fast track; anything else makes a major update. Key order and whitespace are not changes.",
        "UpdateClass");

    public UpdateClassRule()
        : base((ChangeKind.MinorUpdate, Minor), (ChangeKind.MajorUpdate, Major))
    {
    }
}
