using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>
/// A rule of this pack: reports the changes of its kinds, each in its own message shape. The comparison itself runs
/// once per connector (<see cref="VersionComparison"/>), whichever rules are on.
/// </summary>
internal abstract class BreakingChangeRule : ConnectorAnalyzer
{
    private readonly Dictionary<ChangeKind, DiagnosticDescriptor> _descriptors;

    private protected BreakingChangeRule(params (ChangeKind Kind, DiagnosticDescriptor Descriptor)[] shapes)
    {
        _descriptors = shapes.ToDictionary(shape => shape.Kind, shape => shape.Descriptor);
        SupportedDiagnostics = [.. shapes.Select(shape => shape.Descriptor).Distinct()];
    }

    public sealed override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(ConnectorAnalysisContext context) => context.RegisterBaselineAction(Analyze);

    private void Analyze(BaselineContext context)
    {
        foreach (var change in VersionComparison.Of(context))
        {
            if (_descriptors.TryGetValue(change.Kind, out var descriptor))
            {
                context.Report(descriptor, change.Location, change.Arguments);
            }
        }
    }
}
