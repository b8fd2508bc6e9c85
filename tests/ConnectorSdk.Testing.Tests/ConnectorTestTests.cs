using ConnectorSdk.Analysis;

namespace ConnectorSdk.Testing.Tests;

/// <summary>The verifier itself: it passes exactly when the diagnostics match, and says why when they do not.</summary>
public class ConnectorTestTests
{
    private const string Swagger = """
        {
          "swagger": "2.0",
          "paths": {
            "/items": { "get": { "operationId": "GetItems", "responses": {} } },
            "/other": { "get": { "operationId": "Other", "responses": {} } }
          }
        }
        """;

    [Fact]
    public Task MatchingMarkup_Passes()
        => ConnectorVerifier<OperationIdReporter>.VerifySwaggerAsync(Swagger.Replace("\"GetItems\"", "[|\"GetItems\"|]").Replace("\"Other\"", "{|PPC9001:\"Other\"|}"));

    [Fact]
    public Task NumberedLocation_WithArguments_Passes()
        => ConnectorVerifier<OperationIdReporter>.VerifySwaggerAsync(
            Swagger.Replace("\"GetItems\"", "{|#0:\"GetItems\"|}").Replace("\"Other\"", "{|#1:\"Other\"|}"),
            ConnectorVerifier<OperationIdReporter>.Diagnostic().WithLocation(0).WithArguments("GetItems"),
            ConnectorVerifier<OperationIdReporter>.Diagnostic().WithLocation(1).WithArguments("Other").WithSeverity(DiagnosticSeverity.Warning));

    [Fact]
    public async Task WrongSpan_Fails_NamingBothSides()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(
            () => ConnectorVerifier<OperationIdReporter>.VerifySwaggerAsync(Swagger.Replace("\"GetItems\"", "\"[|GetItems|]\"").Replace("\"Other\"", "[|\"Other\"|]")));

        Assert.Contains("Expected but not reported:\n  apiDefinition.swagger.json(4,42,4,50)", error.Message.ReplaceLineEndings("\n"));
        Assert.Contains("Reported but not expected:\n  apiDefinition.swagger.json(4,41,4,51): Warning PPC9001: Operation id 'GetItems'", error.Message.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task WrongArguments_Fail()
        => await Assert.ThrowsAsync<VerificationException>(
            () => ConnectorVerifier<OperationIdReporter>.VerifySwaggerAsync(
                Swagger.Replace("\"GetItems\"", "{|#0:\"GetItems\"|}").Replace("\"Other\"", "[|\"Other\"|]"),
                ConnectorVerifier<OperationIdReporter>.Diagnostic().WithLocation(0).WithArguments("Other")));

    [Fact]
    public Task ADescriptor_MatchesItsOwnMessageShape()
        => ConnectorVerifier<TwoShapeReporter>.VerifySwaggerAsync(
            Swagger.Replace("\"GetItems\"", "{|#0:\"GetItems\"|}").Replace("\"Other\"", "{|#1:\"Other\"|}"),
            ConnectorVerifier<TwoShapeReporter>.Diagnostic(TwoShapeReporter.First).WithLocation(0).WithArguments("GetItems"),
            ConnectorVerifier<TwoShapeReporter>.Diagnostic(TwoShapeReporter.Later).WithLocation(1).WithArguments("Other"));

    [Fact]
    public async Task ADescriptor_FailsOnAnotherMessageShapeOfItsId()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(
            () => ConnectorVerifier<TwoShapeReporter>.VerifySwaggerAsync(
                Swagger.Replace("\"GetItems\"", "{|#0:\"GetItems\"|}").Replace("\"Other\"", "{|#1:\"Other\"|}"),
                ConnectorVerifier<TwoShapeReporter>.Diagnostic(TwoShapeReporter.Later).WithLocation(0).WithArguments("GetItems"),
                ConnectorVerifier<TwoShapeReporter>.Diagnostic().WithLocation(1).WithArguments("Other")));

        Assert.Contains("Expected but not reported:\n  apiDefinition.swagger.json(4,41,4,51): any severity PPC9003 \"Later operation id '{0}'\"", error.Message.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task MissingExpectation_Fails()
        => await Assert.ThrowsAsync<VerificationException>(
            () => ConnectorVerifier<OperationIdReporter>.VerifySwaggerAsync(Swagger.Replace("\"GetItems\"", "[|\"GetItems\"|]")));

    [Fact]
    public async Task AnalyzerThatThrows_FailsTheTest_WithPPC0006()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => ConnectorVerifier<ThrowingAnalyzer>.VerifySwaggerAsync(Swagger));

        Assert.Contains("PPC0006", error.Message);
    }

    [Fact]
    public async Task ExpectedResultWithoutALocation_Fails_UnlessItSaysWithNoLocation()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(
            () => ConnectorVerifier<ConnectorReporter>.VerifySwaggerAsync(Swagger, ConnectorVerifier<ConnectorReporter>.Diagnostic()));

        Assert.Contains("says nowhere where it is", error.Message, StringComparison.Ordinal);
        await ConnectorVerifier<ConnectorReporter>.VerifySwaggerAsync(Swagger, ConnectorVerifier<ConnectorReporter>.Diagnostic().WithNoLocation());
    }

    [Fact]
    public async Task WithNoLocation_DoesNotMatchAFindingInAFile()
        => await Assert.ThrowsAsync<VerificationException>(
            () => ConnectorVerifier<OperationIdReporter>.VerifySwaggerAsync(
                Swagger.Replace("\"Other\"", "[|\"Other\"|]"),
                ConnectorVerifier<OperationIdReporter>.Diagnostic().WithNoLocation()));

    [Fact]
    public async Task WithMessage_ComparesTheWholeMessage()
    {
        var swagger = Swagger.Replace("\"GetItems\"", "{|#0:\"GetItems\"|}").Replace("\"Other\"", "[|\"Other\"|]");
        await ConnectorVerifier<OperationIdReporter>.VerifySwaggerAsync(swagger, ConnectorVerifier<OperationIdReporter>.Diagnostic().WithLocation(0).WithMessage("Operation id 'GetItems'"));

        var error = await Assert.ThrowsAsync<VerificationException>(
            () => ConnectorVerifier<OperationIdReporter>.VerifySwaggerAsync(swagger, ConnectorVerifier<OperationIdReporter>.Diagnostic().WithLocation(0).WithMessage("Operation id 'Other'")));
        Assert.Contains("any severity PPC9001 \"Operation id 'Other'\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".editorconfig")]
    [InlineData(".globalconfig")]
    public async Task ConfigurationTheTestGives_Applies(string file)
    {
        const string Error = "dotnet_diagnostic.PPC9001.severity = error";
        var test = new ConnectorTest
        {
            Swagger = Swagger.Replace("\"GetItems\"", "{|#0:\"GetItems\"|}").Replace("\"Other\"", "{|#1:\"Other\"|}"),
            EditorConfig = file == ".editorconfig" ? "[*.json]\n" + Error : null,
            GlobalConfig = file == ".globalconfig" ? Error : null,
        };

        await ConnectorVerifier<OperationIdReporter>.VerifyAsync(
            test,
            ConnectorVerifier<OperationIdReporter>.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error),
            ConnectorVerifier<OperationIdReporter>.Diagnostic().WithLocation(1).WithSeverity(DiagnosticSeverity.Error));
    }

    /// <summary>Reports one finding about the connector as a whole, at its folder.</summary>
    public sealed class ConnectorReporter : ConnectorAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new(
            "PPC9004", "Connector", "About the connector", "Test", DiagnosticSeverity.Warning, AnalysisMode.Default, ConnectorKinds.All, "Test rule.");

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(ConnectorAnalysisContext context)
            => context.RegisterConnectorEndAction(end => end.Report(Rule, Location.InFile(end.Connector.FolderPath)));
    }

    /// <summary>Reports every operation id, as a stand-in rule.</summary>
    public sealed class OperationIdReporter : ConnectorAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new(
            "PPC9001", "Operation id", "Operation id '{0}'", "Test", DiagnosticSeverity.Warning, AnalysisMode.Default, ConnectorKinds.All, "Test rule.");

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(ConnectorAnalysisContext context)
            => context.RegisterOperationAction(operation =>
            {
                if (operation.Operation.Element.TryGetProperty("operationId", out var id))
                {
                    operation.Report(Rule, id.Location, id.Value.GetString());
                }
            });
    }

    /// <summary>One id in two message shapes: the first operation id, then the others.</summary>
    public sealed class TwoShapeReporter : ConnectorAnalyzer
    {
        public static readonly DiagnosticDescriptor First = new(
            "PPC9003", "Operation id", "First operation id '{0}'", "Test", DiagnosticSeverity.Warning, AnalysisMode.Default, ConnectorKinds.All, "Test rule.");

        public static readonly DiagnosticDescriptor Later = new(
            "PPC9003", "Operation id", "Later operation id '{0}'", "Test", DiagnosticSeverity.Warning, AnalysisMode.Default, ConnectorKinds.All, "Test rule.");

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [First, Later];

        public override void Initialize(ConnectorAnalysisContext context)
            => context.RegisterSwaggerAction(swagger =>
            {
                foreach (var operation in swagger.Swagger.Operations)
                {
                    if (operation.Element.TryGetProperty("operationId", out var id))
                    {
                        swagger.Report(id.Value.GetString() == "GetItems" ? First : Later, id.Location, id.Value.GetString());
                    }
                }
            });
    }

    public sealed class ThrowingAnalyzer : ConnectorAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new(
            "PPC9002", "Throws", "Never reported", "Test", DiagnosticSeverity.Warning, AnalysisMode.Default, ConnectorKinds.All, "Test rule.");

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(ConnectorAnalysisContext context)
            => context.RegisterSwaggerAction(_ => throw new InvalidOperationException("boom"));
    }
}
