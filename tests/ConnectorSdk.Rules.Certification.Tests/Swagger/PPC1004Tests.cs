using System.Text;
using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.OperationCountRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1004Tests
{
    /// <summary>A swagger whose paths hold <paramref name="operations"/> operations, two verbs per path, with <c>"paths"</c> marked as location 0.</summary>
    private static string SwaggerWith(int operations)
    {
        var paths = new StringBuilder();
        for (var i = 0; i < operations; i++)
        {
            var verb = i % 2 == 0 ? "get" : "post";
            if (verb == "get")
            {
                paths.Append(i == 0 ? "" : "}, ").Append($"\"/items{i / 2}\": {{ ");
            }
            else
            {
                paths.Append(", ");
            }

            paths.Append($"\"{verb}\": {{ \"operationId\": \"Op{i}\", \"responses\": {{ \"200\": {{ \"description\": \"OK\" }} }} }}");
        }

        if (operations > 0)
        {
            paths.Append('}');
        }

        return $$"""{ "swagger": "2.0", "info": { "title": "Contoso", "version": "1.0" }, {|#0:"paths"|}: { {{paths}} } }""";
    }

    [Theory]
    [InlineData(1)]
    [InlineData(256)]
    public async Task AtMostTheLimit_NoDiagnostic(int operations)
    {
        await Verify.VerifySwaggerAsync(SwaggerWith(operations).Replace("{|#0:", "", StringComparison.Ordinal).Replace("|}:", ":", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OneOverTheLimit_ReportedOnPathsWithTheCount()
    {
        await Verify.VerifySwaggerAsync(
            SwaggerWith(257),
            Verify.Diagnostic().WithLocation(0).WithArguments(257).WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task CustomConnector_Reported()
    {
        var test = new ConnectorTest { Swagger = SwaggerWith(300), Kind = ConnectorKind.Custom };
        await Verify.VerifyAsync(test, Verify.Diagnostic().WithLocation(0).WithArguments(300));
    }

    [Fact]
    public async Task PathItemMembersThatAreNotOperations_NotCounted()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "parameters": [], "x-ms-notification-content": {}, "get": "not an object" } } }
            """);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"paths\"")]
    public async Task PathsOfTheWrongType_NoDiagnostic(string paths)
    {
        await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": {{paths}} }""");
    }
}
