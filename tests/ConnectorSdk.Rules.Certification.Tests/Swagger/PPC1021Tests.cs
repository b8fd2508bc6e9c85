using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.LayoutRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1021Tests
{
    private const string Order = "swagger, info, host/basePath/schemes, consumes/produces, paths, definitions, parameters";

    [Fact]
    public async Task ConventionalLayout_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            {
                "swagger": "2.0",
                "info": { "title": "Contoso", "version": "1.0" },
                "host": "api.contoso.com",
                "basePath": "/",
                "schemes": [ "https" ],
                "consumes": [],
                "produces": [],
                "paths": {},
                "definitions": {},
                "parameters": {},
                "responses": {},
                "securityDefinitions": {},
                "x-ms-connector-metadata": []
            }
            """);
    }

    [Fact]
    public async Task SectionOutOfOrder_ReportedOnItsName()
    {
        await Verify.VerifySwaggerAsync("""
            {
                "swagger": "2.0",
                "paths": {},
                {|#0:"info"|}: { "title": "Contoso", "version": "1.0" },
                "securityDefinitions": {},
                "definitions": {},
                {|#1:"schemes"|}: [ "https" ]
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments($"Section 'info' comes after 'paths'; the conventional order is {Order}"),
            Verify.Diagnostic().WithLocation(1).WithArguments($"Section 'schemes' comes after 'definitions'; the conventional order is {Order}"));
    }

    [Fact]
    public async Task TabsTrailingWhitespaceAndIndentation_ReportedOnceEachAtTheFirstLine()
    {
        var swagger = "{\n" +
            "    \"swagger\": \"2.0\",{|#0:  |}\n" +
            "{|#1:  |}\"paths\": {}, \n" +
            "    \"x-a\":{|#2:\t|}1,\n" +
            "    \"x-b\":\t2\n" +
            "}\n";
        await Verify.VerifySwaggerAsync(swagger,
            Verify.Diagnostic().WithLocation(0).WithArguments("Line 2 ends with whitespace (2 lines like this); remove trailing spaces and tabs"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Line 3 is indented by a number of spaces that is not a multiple of 4 (1 line like this); indent by 4 spaces per level"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Line 4 has a hard tab (2 lines with tabs); indent with spaces, 4 per level"));
    }

    [Fact]
    public async Task NotInRecommendedMode()
    {
        await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Recommended, Swagger = "{ \"paths\": {}, \"swagger\": \"2.0\" } " });
    }

    [Fact]
    public async Task RootNotAnObject_NoFailure()
    {
        await Verify.VerifySwaggerAsync("[ 1, 2 ]");
    }
}
