namespace ConnectorSdk.Analysis.Tests.Rules;

public sealed class PPC0005Tests
{
    [Fact]
    public Task SameNameInDifferentObjects_NoDiagnostic()
        => InfrastructureTest.VerifySwaggerAsync("""{"info": {"title": "A"}, "paths": {"/a": {"title": "B"}}}""");

    [Fact]
    public Task RepeatedName_IsReportedOnTheEarlierOne()
        => InfrastructureTest.VerifySwaggerAsync("""
            {
              "info": {
                {|PPC0005:"title"|}: "First",
                "title": "Second"
              }
            }
            """);
}
