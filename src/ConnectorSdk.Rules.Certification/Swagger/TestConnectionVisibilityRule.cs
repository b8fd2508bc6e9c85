using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1174: the operation <c>x-ms-capabilities.testConnection</c> names is internal, hidden from the designers' actions.</summary>
public sealed class TestConnectionVisibilityRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation. At its x-ms-visibility, else its method.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.TestConnectionOperationVisible,
        "The test connection operation should be internal",
        $"Operation {{0}} is the connector's test connection but users see it as an action; mark it \"{Visibility.ExtensionName}\": \"{Visibility.Internal}\", or test with an internal operation of its own",
        DiagnosticSeverity.Warning,
        "The test connection documentation strongly recommends an internal operation for the connection test: it exists for the platform, not as an action users add to their flows. A recommendation, so a warning, in Recommended mode.",
        mode: AnalysisMode.Recommended);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (TestConnection.TryGet(context.Swagger, out _, out var operation) && !Visibility.IsInternal(operation.Element.Value))
        {
            var location = operation.Element.TryGetProperty(Visibility.ExtensionName, out var visibility) ? visibility.Location : operation.Element.NameLocation;
            context.Report(Rule, location, OperationNodes.Describe(operation));
        }
    }
}
