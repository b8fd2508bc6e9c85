using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1159: the operation <c>x-ms-capabilities.testConnection</c> names is a GET that the platform can call unattended:
/// every required parameter has a default or a value in <c>testConnection.parameters</c>.
/// </summary>
public sealed class TestConnectionOperationRule : ConnectorAnalyzer
{
    private const string Title = "The test connection operation must be a GET callable without user input";

    private const string Description = "The platform calls the test connection operation by itself when a connection is created or edited, with no user to fill in anything: the test connection documentation asks for a GET operation that needs no parameters, or whose parameters are hard-coded (a default, or a value in testConnection.parameters).";

    /// <summary>{0}: the operation; {1}: its method in upper case. At the method.</summary>
    public static readonly DiagnosticDescriptor NotGet = Create("Operation {0}, the connector's test connection, is a {1}; the platform tests connections with a GET: name a GET operation that only reads");

    /// <summary>{0}: the parameter; {1}: the operation. Where the operation brings the parameter in.</summary>
    public static readonly DiagnosticDescriptor ParameterNotSupplied = Create("Required parameter {0} of {1}, the connector's test connection, has no default and no value in testConnection.parameters; the platform has no user to ask: give it a default or a value there");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NotGet, ParameterNotSupplied];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (!TestConnection.TryGet(context.Swagger, out var testConnection, out var operation))
        {
            return;
        }

        var name = OperationNodes.Describe(operation);
        if (operation.Method != "get")
        {
            context.Report(NotGet, operation.Element.NameLocation, name, operation.Method.ToUpperInvariant());
        }

        foreach (var parameter in operation.Parameters.Where(parameter => parameter.IsResolved && parameter.IsRequired && parameter.Name is { } parameterName
            && !parameter.Element.TryGetProperty("default"u8, out _) && !TestConnection.Supplies(testConnection, parameterName)))
        {
            context.Report(ParameterNotSupplied, Parameters.WhereDeclared(parameter), Parameters.Describe(parameter), name);
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.TestConnectionOperationNotValid, Title, messageFormat, DiagnosticSeverity.Error, Description);
}
