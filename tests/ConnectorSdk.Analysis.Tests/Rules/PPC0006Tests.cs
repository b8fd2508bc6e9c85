using ConnectorSdk.Testing;

namespace ConnectorSdk.Analysis.Tests.Rules;

public sealed class PPC0006Tests
{
    private static readonly DiagnosticDescriptor Rule = TestDescriptors.Create("PPC9001");

    private static Task VerifyAsync(ConnectorAnalyzer analyzer, string swagger, params DiagnosticResult[] expected)
    {
        var test = new ConnectorTest { Swagger = swagger, Analyzers = { analyzer } };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task AnalyzerThatDoesNotThrow_NoDiagnostic()
        => VerifyAsync(new DelegateAnalyzer(context => context.RegisterOperationAction(_ => { }), Rule), """{"paths": {"/a": {"get": {}}}}""");

    [Fact]
    public Task ThrowingOperationAction_IsReportedOnTheOperation_Once()
        => VerifyAsync(
            new DelegateAnalyzer(context => context.RegisterOperationAction(_ => throw new ArgumentException("no")), Rule),
            """{"paths": {"/a": {{|#0:"get"|}: {}, "put": {}}}}""",
            new DiagnosticResult("PPC0006").WithLocation(0).WithArguments("ConnectorSdk.Analysis.Tests", "DelegateAnalyzer", "ArgumentException", "no"));
}
