using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.TriggerWordingRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1062Tests
{
    [Fact]
    public async Task TriggerNamedByItsEvent_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/hooks": { "post": { "x-ms-trigger": "single", "summary": "When a task is created", "description": "This operation triggers when a task is created." } } } }
            """);
    }

    [Fact]
    public async Task OtherWording_SuggestionsOnBothTexts()
    {
        await Verify.VerifySwaggerAsync(
            """
            { "swagger": "2.0", "paths": { "/hooks": { "post": { "operationId": "OnNewTask", "x-ms-trigger": "batch",
              "summary": {|#0:"New task created"|}, "description": {|#1:"Fires for each new task."|} } } } }
            """,
            Verify.Diagnostic(TriggerWordingRule.Summary).WithLocation(0).WithArguments("'OnNewTask'", "New task created").WithSeverity(DiagnosticSeverity.Info),
            Verify.Diagnostic(TriggerWordingRule.DescriptionWording).WithLocation(1).WithArguments("'OnNewTask'"));
    }

    [Fact]
    public async Task Actions_NotChecked()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/tasks": { "post": { "summary": "Create a task", "description": "Creates a task." } } } }""");

    [Fact]
    public async Task RecommendedMode_Off()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Recommended, Swagger = """{ "swagger": "2.0", "paths": { "/h": { "post": { "x-ms-trigger": "single", "summary": "New task" } } } }""" });
}
