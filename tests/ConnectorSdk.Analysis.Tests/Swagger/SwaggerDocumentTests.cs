using System.Text.Json;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Analysis.Tests.Swagger;

public class SwaggerDocumentTests
{
    private static SwaggerDocument Parse(string json)
    {
        var root = new SourceElement(new ConnectorFile(ConnectorFileKind.ApiDefinition, "/c/apiDefinition.swagger.json"), JsonDocument.Parse(json).RootElement, JsonPointer.Root);
        return new SwaggerDocument(root, []);
    }

    private static SourceElement At(SwaggerDocument document, string pointer)
        => document.Root.TryNavigate(JsonPointer.Parse(pointer), out var element) ? element : throw new KeyNotFoundException(pointer);

    [Fact]
    public void Chains_AreFollowed_ToTheDefinitionsPointer()
    {
        var document = Parse("""{"definitions": {"A": {"$ref": "#/definitions/B"}, "B": {"type": "string"}}, "x": {"$ref": "#/definitions/A"}}""");

        Assert.True(document.TryResolve(At(document, "/x"), out var target));
        Assert.Equal("/definitions/B", target.Pointer);
    }

    [Fact]
    public void EscapedAndPercentEncodedTokens_Resolve()
    {
        var document = Parse("""{"definitions": {"a/b~c d": {"type": "string"}}, "x": {"$ref": "#/definitions/a~1b~0c%20d"}}""");

        Assert.True(document.TryResolve(At(document, "/x"), out var target));
        Assert.Equal("/definitions/a~1b~0c d", target.Pointer);
    }

    [Theory]
    [InlineData("""{"definitions": {"A": {"$ref": "#/definitions/B"}, "B": {"$ref": "#/definitions/A"}}, "x": {"$ref": "#/definitions/A"}}""")]
    [InlineData("""{"x": {"$ref": "#/definitions/Missing"}}""")]
    [InlineData("""{"x": {"$ref": "other.json#/definitions/A"}}""")]
    [InlineData("""{"x": {"$ref": "#definitions"}}""")]
    public void Cycles_MissingTargets_AndExternalReferences_DoNotResolve(string json)
    {
        var document = Parse(json);

        Assert.False(document.TryResolve(At(document, "/x"), out _));
    }
}
