using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1056: every operation has a summary, the action's name in the designer (internal operations left out).</summary>
public sealed class SummaryRequiredRule : ConnectorAnalyzer
{
    private const string Title = "Every operation needs a summary";

    private const string Description = "The designers show an operation's summary as the action's or trigger's name. Certification requires one on every operation: the validator reports \"The 'summary' property is required.\" at the operation, and the submission checklist asks that no operation lacks a summary. Internal operations (\"x-ms-visibility\": \"internal\") are not shown to users and are left out. An error for connectors submitted for certification, a warning for custom connectors.";

    private const string Advice = "certification requires a short summary, the name the designer shows for the action";

    /// <summary>{0}: the operation. Reported on the verb.</summary>
    public static readonly DiagnosticDescriptor Missing = Create($"Operation {{0}} has no summary; {Advice}");

    /// <summary>{0}: the operation. Reported on the value.</summary>
    public static readonly DiagnosticDescriptor Blank = Create($"Operation {{0}} has an empty summary; {Advice}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Missing, Blank];

    public override void Initialize(ConnectorAnalysisContext context)
        => context.RegisterSwaggerNodeAction(context => OperationNodes.RequireText(context, "summary", Missing, Blank), SwaggerNodeKind.Operation);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.SummaryMissing, Title, messageFormat, DiagnosticSeverity.Error, Description, custom: DiagnosticSeverity.Warning);
}
