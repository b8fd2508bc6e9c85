using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
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
            Verify.Diagnostic(PathTemplateRule.NoLeadingSlash).WithLocation(0).WithArguments("items/{id}").WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("/items?filter=active", '?')]
    [InlineData("/items#top", '#')]
    public async Task QueryOrFragment_Reported(string path, char found)
    {
        await Verify.VerifySwaggerAsync(
            Paths($$"""{|#0:"{{path}}"|}: {}"""),
            Verify.Diagnostic(PathTemplateRule.QueryOrFragment).WithLocation(0).WithArguments(path, found));
    }

    [Fact]
    public async Task Star_Reported()
    {
        await Verify.VerifySwaggerAsync(
            Paths("""{|#0:"/files/*"|}: {}"""),
            Verify.Diagnostic(PathTemplateRule.Wildcard).WithLocation(0).WithArguments("/files/*"));
    }

    [Theory]
    [InlineData("/items/{id", nameof(PathTemplateRule.UnclosedVariable), "{id")]
    [InlineData("/items/{id/details}", nameof(PathTemplateRule.VariableAcrossSegments), "{id")]
    [InlineData("/items/id}", nameof(PathTemplateRule.UnmatchedClose), null)]
    [InlineData("/items/{}", nameof(PathTemplateRule.EmptyVariable), null)]
    [InlineData("/items/{{id}}", nameof(PathTemplateRule.NestedVariable), "{{id}}")]
    public async Task MalformedVariable_Reported(string path, string problem, string? variable)
    {
        var descriptor = (DiagnosticDescriptor)typeof(PathTemplateRule).GetField(problem)!.GetValue(null)!;
        await Verify.VerifySwaggerAsync(
            Paths($$"""{|#0:"{{path}}"|}: {}"""),
            Verify.Diagnostic(descriptor).WithLocation(0).WithArguments(variable is null ? [path] : [path, variable]));
    }

    [Fact]
    public async Task DefaultInVariable_Reported()
    {
        await Verify.VerifySwaggerAsync(
            Paths("""{|#0:"/items/{id=1}/parts/{part=all}"|}: {}"""),
            Verify.Diagnostic(PathTemplateRule.DefaultValue).WithLocation(0).WithArguments("/items/{id=1}/parts/{part=all}", "{id=1}"));
    }

    [Fact]
    public async Task SeveralProblems_EachReportedOnce()
    {
        await Verify.VerifySwaggerAsync(
            Paths("""{|#0:"items/{id=1}/*?x=1"|}: {}"""),
            Verify.Diagnostic(PathTemplateRule.NoLeadingSlash).WithLocation(0).WithArguments("items/{id=1}/*?x=1"),
            Verify.Diagnostic(PathTemplateRule.QueryOrFragment).WithLocation(0).WithArguments("items/{id=1}/*?x=1", "?"),
            Verify.Diagnostic(PathTemplateRule.Wildcard).WithLocation(0).WithArguments("items/{id=1}/*?x=1"),
            Verify.Diagnostic(PathTemplateRule.DefaultValue).WithLocation(0).WithArguments("items/{id=1}/*?x=1", "{id=1}"));
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
