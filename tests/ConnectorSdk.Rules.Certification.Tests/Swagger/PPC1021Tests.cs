using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using ConnectorSdk.Rules.Certification.Swagger;
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
            Verify.Diagnostic(LayoutRule.SectionOrder).WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("info", "paths", Order),
            Verify.Diagnostic(LayoutRule.SectionOrder).WithLocation(1).WithArguments("schemes", "definitions", Order));
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
            Verify.Diagnostic(LayoutRule.TrailingWhitespace).WithLocation(0).WithArguments(2, 2),
            Verify.Diagnostic(LayoutRule.Indentation).WithLocation(1).WithArguments(3, 1),
            Verify.Diagnostic(LayoutRule.HardTab).WithLocation(2).WithArguments(4, 2));
    }

    [Fact]
    public async Task Windows1252File_IsReadInTheEnginesDecoding_ColumnsInItsText()
    {
        // Not UTF-8 (0x80), so read as Windows-1252: C3 A9 is "Ã©", two characters, not "é"; then two trailing spaces.
        // Columns count the characters of that decoding, as every other finding's do.
        byte[] swagger = [.. "{\n    \"x-a\": \"caf"u8, 0xC3, 0xA9, (byte)' ', 0x80, .. "\",  \n    \"swagger\": \"2.0\"\n}\n"u8];
        var test = new ConnectorTest { RawFiles = { [ConnectorFileKind.ApiDefinition] = swagger } };
        await Verify.VerifyAsync(test, Verify.Diagnostic(LayoutRule.TrailingWhitespace).WithSpan("apiDefinition.swagger.json", 2, 22, 2, 24).WithArguments(2, 1));
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
