using Verify = ConnectorSdk.Testing.ConnectorVerifier<Contoso.ConnectorRules.SummaryPeriodRule>;

namespace Contoso.ConnectorRules.Tests;

public sealed class CTSO001Tests
{
    private static string Swagger(string summary) => $$"""
        {
          "swagger": "2.0",
          "info": { "title": "Contoso", "version": "1.0" },
          "paths": {
            "/tasks": {
              "post": { "operationId": "CreateTask", "summary": {{summary}}, "responses": { "200": { "description": "OK" } } }
            }
          }
        }
        """;

    [Fact]
    public Task SummaryWrittenAsATitle_NoDiagnostic() => Verify.VerifySwaggerAsync(Swagger("\"Create a task\""));

    [Fact]
    public Task SummaryEndingWithAPeriod_IsReportedOnTheSummary()
        => Verify.VerifySwaggerAsync(Swagger("{|#0:\"Create a task.\"|}"), Verify.Diagnostic().WithLocation(0).WithArguments("POST /tasks"));

    [Fact]
    public Task TrailingSpaceAfterThePeriod_IsReported()
        => Verify.VerifySwaggerAsync(Swagger("{|#0:\"Create a task. \"|}"), Verify.Diagnostic().WithLocation(0).WithArguments("POST /tasks"));

    [Fact]
    public Task Ellipsis_IsNotAPeriod() => Verify.VerifySwaggerAsync(Swagger("\"Create a task...\""));

    [Fact]
    public Task SummaryThatIsNotAString_IsLeftToOtherRules() => Verify.VerifySwaggerAsync(Swagger("42"));
}
