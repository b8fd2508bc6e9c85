using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1158: the connector-level <c>x-ms-capabilities</c> is an object; its <c>testConnection</c> an object with an
/// <c>operationId</c> string and, when given, <c>parameters</c> an object. An operationId that names no operation is PPC1055's.
/// </summary>
public sealed class TestConnectionCapabilityRule : ConnectorAnalyzer
{
    private const string Title = "The connector's x-ms-capabilities.testConnection must name an operation, with parameters as an object";

    private const string Description = $"At the root of the swagger, {TestConnection.Capabilities} holds the connector's capabilities; its {TestConnection.Name} names the operation the platform calls to check a new connection (operationId) and the values it passes (parameters, an object keyed by parameter name). The extensions and test connection documentation define these shapes; another is not read, and the connection is never tested.";

    /// <summary>{0}: what is wrong, as "x-ms-capabilities is an array". At the value.</summary>
    public static readonly DiagnosticDescriptor WrongType = Create("{0}; expected an object, as in \"x-ms-capabilities\": {{ \"testConnection\": {{ \"operationId\": \"CheckConnection\", \"parameters\": {{ }} }} }}");

    /// <summary>At the testConnection name.</summary>
    public static readonly DiagnosticDescriptor OperationIdMissing = Create($"{TestConnection.Capabilities}.{TestConnection.Name} has no operationId string; name the operation that checks a new connection");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [WrongType, OperationIdMissing];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerExtensionAction(Analyze, SwaggerNodeKind.Document);

    private static void Analyze(SwaggerMemberContext context)
    {
        if (!context.Member.NameEquals(TestConnection.Capabilities))
        {
            return;
        }

        var capabilities = context.Element;
        if (ReportUnlessObject(context, capabilities, TestConnection.Capabilities) || !capabilities.TryGetProperty(TestConnection.Name, out var testConnection)
            || ReportUnlessObject(context, testConnection, $"{TestConnection.Capabilities}.{TestConnection.Name}"))
        {
            return;
        }

        if (testConnection.GetString("operationId") is null)
        {
            context.Report(OperationIdMissing, testConnection.NameLocation);
        }

        if (testConnection.TryGetProperty("parameters"u8, out var parameters))
        {
            ReportUnlessObject(context, parameters, $"{TestConnection.Capabilities}.{TestConnection.Name}.parameters");
        }
    }

    /// <summary>Reports a value that is not an object; true when it did.</summary>
    private static bool ReportUnlessObject(SwaggerMemberContext context, SourceElement value, string name)
    {
        if (value.Kind == JsonValueKind.Object)
        {
            return false;
        }

        context.Report(WrongType, value.Location, $"{name} is {JsonKindNames.Describe(value.Kind)}");
        return true;
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.TestConnectionNotValid, Title, messageFormat, DiagnosticSeverity.Error, Description);
}
