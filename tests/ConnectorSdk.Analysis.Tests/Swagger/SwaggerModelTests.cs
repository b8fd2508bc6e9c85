using System.Text.Json;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Analysis.Tests.Swagger;

public class SwaggerModelTests
{
    [Fact]
    public void EveryKind_HasItsModel_AndEachFieldItsIndex()
    {
        foreach (var kind in Enum.GetValues<SwaggerNodeKind>())
        {
            var model = SwaggerModel.Of(kind);
            Assert.Equal(kind, model.Kind);
            Assert.Equal(Enumerable.Range(0, model.Fields.Count), model.Fields.Select(field => field.Index));
            Assert.Equal(model.Fields.Count, model.Fields.Select(field => field.Name).Distinct().Count());
        }
    }

    [Fact]
    public void Lookups_DecodeEscapedNames_AndCompareExactly()
    {
        using var document = JsonDocument.Parse("""{ "propert\u0069es": 1, "Properties": 2, "anyOf": 3, "x-ms-a": 4 }""");
        var members = document.RootElement.EnumerateObject().ToArray();
        var schema = SwaggerModel.Of(SwaggerNodeKind.Schema);

        Assert.True(schema.TryGetField(members[0], out var properties) && properties.ChildKind == SwaggerNodeKind.Schema && properties.Shape == SwaggerChildShape.Map);
        Assert.False(schema.TryGetField(members[1], out _));
        Assert.True(schema.TryGetField(members[2], out var anyOf) && !anyOf.IsFixed && anyOf.CombinesSchemas);
        Assert.False(schema.IsFixedField(members[2]));
        Assert.True(SwaggerModel.IsExtension(members[3]));
        Assert.False(SwaggerModel.IsExtension(members[1]));
    }

    [Fact]
    public void PathItems_HoldAnOperationPerHttpMethod()
        => Assert.Equal(
            SwaggerModel.HttpMethods,
            SwaggerModel.Of(SwaggerNodeKind.PathItem).Fields.Where(field => field.ChildKind == SwaggerNodeKind.Operation).Select(field => field.Name));

    [Theory]
    [InlineData(SwaggerNodeKind.Document, "swagger,info,paths")]
    [InlineData(SwaggerNodeKind.Info, "title,version")]
    [InlineData(SwaggerNodeKind.Operation, "responses")]
    [InlineData(SwaggerNodeKind.Parameter, "name,in")]
    [InlineData(SwaggerNodeKind.Response, "description")]
    [InlineData(SwaggerNodeKind.ExternalDocs, "url")]
    [InlineData(SwaggerNodeKind.Schema, "")]
    public void RequiredFields_AreTheSpecifications(SwaggerNodeKind kind, string required)
        => Assert.Equal(required, string.Join(",", SwaggerModel.Of(kind).RequiredFields.Select(field => field.Name)));

    [Fact]
    public void DataMembers_AreNeverEntered()
    {
        var schema = SwaggerModel.Of(SwaggerNodeKind.Schema);
        foreach (var name in new[] { "example", "default", "enum", "x-example", "x-ms-test-value" })
        {
            Assert.True(schema.TryGetField(name, out var field) && field.IsData, name);
        }

        Assert.True(SwaggerModel.Of(SwaggerNodeKind.Response).TryGetField("examples", out var examples) && examples.IsData);
    }
}
