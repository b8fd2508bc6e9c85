using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.PathTemplateRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1074Tests
{
    private static string Paths(string members) => $$"""{ "swagger": "2.0", "paths": { {{members}} } }""";

    [Fact]
    public async Task WellFormedTemplates_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync(Paths("""
            "/": {},
            "/items": {},
            "/items/{id}": {},
            "/sites/{siteId}/lists/{listId}/items/{itemId}.json": {},
            "/files/{name}.{extension}": {},
            "/search%3Fq": {},
            "x-ms-paths-note": { "any": "thing" }
            """));
    }

    [Fact]
    public async Task NoLeadingSlash_ReportedOnThePathName()
    {
        await Verify.VerifySwaggerAsync(
            Paths("""{|#0:"items/{id}"|}: {}"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("items/{id}", "must start with '/'").WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("/items?filter=active", '?')]
    [InlineData("/items#top", '#')]
    public async Task QueryOrFragment_Reported(string path, char found)
    {
        await Verify.VerifySwaggerAsync(
            Paths($$"""{|#0:"{{path}}"|}: {}"""),
            Verify.Diagnostic().WithLocation(0).WithArguments(path, $"contains '{found}': a path cannot carry a query string or fragment; declare query values as parameters with \"in\": \"query\""));
    }

    [Fact]
    public async Task Star_Reported()
    {
        await Verify.VerifySwaggerAsync(
            Paths("""{|#0:"/files/*"|}: {}"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("/files/*", "contains '*', which the platform does not support in paths"));
    }

    [Theory]
    [InlineData("/items/{id", "does not close the template variable '{id'")]
    [InlineData("/items/{id/details}", "does not close the template variable '{id' within its segment")]
    [InlineData("/items/id}", "has a '}' without a matching '{'")]
    [InlineData("/items/{}", "has an empty template variable '{}'")]
    [InlineData("/items/{{id}}", "has '{' inside the template variable starting at '{{id}}'")]
    public async Task MalformedVariable_Reported(string path, string problem)
    {
        await Verify.VerifySwaggerAsync(
            Paths($$"""{|#0:"{{path}}"|}: {}"""),
            Verify.Diagnostic().WithLocation(0).WithArguments(path, problem));
    }

    [Fact]
    public async Task DefaultInVariable_Reported()
    {
        await Verify.VerifySwaggerAsync(
            Paths("""{|#0:"/items/{id=1}/parts/{part=all}"|}: {}"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("/items/{id=1}/parts/{part=all}", "gives the template variable '{id=1}' a default value; path templates cannot hold defaults"));
    }

    [Fact]
    public async Task SeveralProblems_EachReportedOnce()
    {
        await Verify.VerifySwaggerAsync(
            Paths("""{|#0:"items/{id=1}/*?x=1"|}: {}"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("items/{id=1}/*?x=1", "must start with '/'"),
            Verify.Diagnostic().WithLocation(0).WithArguments("items/{id=1}/*?x=1", "contains '?': a path cannot carry a query string or fragment; declare query values as parameters with \"in\": \"query\""),
            Verify.Diagnostic().WithLocation(0).WithArguments("items/{id=1}/*?x=1", "contains '*', which the platform does not support in paths"),
            Verify.Diagnostic().WithLocation(0).WithArguments("items/{id=1}/*?x=1", "gives the template variable '{id=1}' a default value; path templates cannot hold defaults"));
    }

    [Fact]
    public async Task ValuesOfAnyShape_OnlyNamesMatter()
    {
        await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/a": [], "/b": null, [|"c"|]: 1 } }""");
    }

    [Fact]
    public async Task PathsNotAnObject_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": [ "items" ] }""");
    }

    [Theory]
    [InlineData(ConnectorKind.Custom)]
    [InlineData(ConnectorKind.IndependentPublisher)]
    public async Task AppliesToEveryKind_AsAnError(ConnectorKind kind)
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Swagger = Paths("""{|#0:"/a/{}"|}: {}"""), Kind = kind, Mode = AnalysisMode.Default },
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
