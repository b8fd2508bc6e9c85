using System.Text.Json;

namespace ConnectorSdk.Analysis.Tests.Swagger;

public class SourceElementTests
{
    private static readonly SourceElement Root = new(
        new ConnectorFile(ConnectorFileKind.ApiDefinition, "/c/apiDefinition.swagger.json"),
        JsonDocument.Parse("""{"a/b": {"c~d": [10, {"e": true}]}, "f": {"g": 1}}""").RootElement,
        JsonPointer.Root);

    [Fact]
    public void Pointers_OfNavigatedValues_EscapeEachTokenAsWritten()
    {
        Assert.True(Root.TryGetProperty("a/b", out var ab));
        Assert.True(ab.TryGetProperty("c~d", out var list));
        var items = list.EnumerateItems().ToArray();
        Assert.True(items[1].TryGetProperty("e", out var e));

        Assert.Equal(["/a~1b", "/a~1b/c~0d", "/a~1b/c~0d/0", "/a~1b/c~0d/1/e"], new[] { ab.Pointer, list.Pointer, items[0].Pointer, e.Pointer });
        Assert.Equal(("c~d", null, "e"), (list.Name, items[0].Name, e.Name));
        Assert.Equal(Location.InJson("/c/apiDefinition.swagger.json", "/a~1b/c~0d/1/e", LocationTarget.Name), e.NameLocation);
    }

    [Fact]
    public void Member_OfAPropertyFoundByTheCaller_IsTheElementTheLookupGives()
    {
        Assert.True(Root.TryGetProperty("f", out var f));
        var found = f.Value.EnumerateObject().Single();

        var member = f.Member(found);

        Assert.True(f.TryGetProperty("g", out var looked));
        Assert.Equal((looked.Pointer, looked.Name, looked.Value.GetInt32()), (member.Pointer, member.Name, member.Value.GetInt32()));
        Assert.Equal(["/f/g"], f.EnumerateProperties().Select(p => p.Pointer));
    }

    [Fact]
    public void Navigating_AStringPointer_GivesTheSameValueAndPointer()
    {
        Assert.True(Root.TryNavigate(JsonPointer.Parse("/a~1b/c~0d/1/e"), out var e));

        Assert.Equal("/a~1b/c~0d/1/e", e.Pointer);
        Assert.True(e.Value.GetBoolean());
    }
}
