using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1063: every operation has a description (internal operations left out).</summary>
public sealed class OperationDescriptionRequiredRule : ConnectorAnalyzer
{
    private const string Title = "Every operation needs a description";

    private const string Description = "The designers show an operation's description as the action's tooltip. Certification requires one on every operation: the validator reports \"The 'description' property is required.\" at the operation, and the submission checklist asks that no operation lacks a description. Internal operations (\"x-ms-visibility\": \"internal\") are not shown to users and are left out. An error for connectors submitted for certification, a warning for custom connectors.";

    private const string Advice = "certification requires a description, a sentence that says what the action does";

    /// <summary>{0}: the operation. Reported on the verb.</summary>
    public static readonly DiagnosticDescriptor Missing = Create($"Operation {{0}} has no description; {Advice}");

    /// <summary>{0}: the operation. Reported on the value.</summary>
    public static readonly DiagnosticDescriptor Blank = Create($"Operation {{0}} has an empty description; {Advice}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Missing, Blank];

    public override void Initialize(ConnectorAnalysisContext context)
        => context.RegisterSwaggerNodeAction(context => OperationNodes.RequireText(context, "description", Missing, Blank), SwaggerNodeKind.Operation);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.OperationDescriptionMissing, Title, messageFormat, DiagnosticSeverity.Error, Description, custom: DiagnosticSeverity.Warning);
}
