using System.Text;
using ConnectorSdk.Analysis.Json;

namespace ConnectorSdk.Analysis.Tests.Json;

public class SourceMapTests
{
    [Fact]
    public void ColumnsCountUtf16UnitsAfterNonAsciiText()
    {
        // UTF-16 columns (0-based index in brackets): {[0] "é"[1..3] "日本"[6..9] "😀"[17..20] (a surrogate pair) "v"[23..25] true[28..31]
        var map = Map("""{"é": "日本", "e": "😀", "v": true}""");

        Assert.Equal(new SourceSpan(1, 2, 1, 5), Span(map, "/é", LocationTarget.Name));
        Assert.Equal(new SourceSpan(1, 7, 1, 11), Span(map, "/é"));
        Assert.Equal(new SourceSpan(1, 18, 1, 22), Span(map, "/e"));
        Assert.Equal(new SourceSpan(1, 24, 1, 27), Span(map, "/v", LocationTarget.Name));
        Assert.Equal(new SourceSpan(1, 29, 1, 33), Span(map, "/v"));
    }

    [Fact]
    public void TabCountsAsOneColumn()
    {
        var map = Map("{\t\"a\":\t\t1}");

        Assert.Equal(new SourceSpan(1, 3, 1, 6), Span(map, "/a", LocationTarget.Name));
        Assert.Equal(new SourceSpan(1, 9, 1, 10), Span(map, "/a"));
    }

    [Fact]
    public void LinesBreakAtLineFeedCarriageReturnLineFeedAndLoneCarriageReturn()
    {
        var map = Map("{\r\n  \"a\": 1,\r  \"b\": [\n    true\n  ]\r\n}");

        Assert.Equal(new SourceSpan(2, 8, 2, 9), Span(map, "/a"));
        Assert.Equal(new SourceSpan(3, 3, 3, 6), Span(map, "/b", LocationTarget.Name));
        Assert.Equal(new SourceSpan(3, 8, 5, 4), Span(map, "/b"));
        Assert.Equal(new SourceSpan(4, 5, 4, 9), Span(map, "/b/0"));
        Assert.Equal(new SourceSpan(1, 1, 6, 2), Span(map, ""));
    }

    [Fact]
    public void PointersFoundOneByOneAndThroughTheIndexHaveTheSameSpans()
    {
        const string json = """
            {"a": {"b": [1, {"c~/d": "x", "\u0065": [true, [], {}]}], "f": null},
             "g": [[], {"h": 2.5e3}], "i": "\"j\"", "k": {}}
            """;
        string[] pointers =
        [
            "", "/a", "/a/b", "/a/b/0", "/a/b/1", "/a/b/1/c~0~1d", "/a/b/1/e", "/a/b/1/e/0", "/a/b/1/e/2", "/a/f",
            "/g", "/g/0", "/g/1/h", "/i", "/k", "#/a/b/1/c~0~1d", "/missing", "/a/b/2", "/a/b/x", "/i/0",
        ];
        var indexed = Map(json);
        foreach (var pointer in pointers.Concat(pointers))
        {
            foreach (var target in new[] { LocationTarget.Name, LocationTarget.Value })
            {
                var found = Map(json).TryGetSpan(pointer, target, out var oneByOne);
                Assert.Equal(found, indexed.TryGetSpan(pointer, target, out var fromIndex));
                Assert.Equal(oneByOne, fromIndex);
            }
        }
    }

    [Theory]
    [InlineData(0, 1, 1, 1, 1, 2)]
    [InlineData(2, 2, 1, 3, 2, 1)] // "\r\n" is one break: the span ends at the start of line 2
    [InlineData(3, 0, 1, 4, 1, 4)] // between \r and \n: still line 1
    [InlineData(6, 1, 2, 3, 3, 1)] // a lone \r ends line 2
    [InlineData(7, 99, 3, 1, 3, 2)] // clamped to the end of the text
    [InlineData(-5, 1, 1, 1, 1, 2)]
    public void GetSpanMapsByteRangesToLinesAndColumns(int offset, int length, int startLine, int startColumn, int endLine, int endColumn)
    {
        var map = new SourceMap("ab\r\ncd\rx"u8.ToArray());

        Assert.Equal(new SourceSpan(startLine, startColumn, endLine, endColumn), map.GetSpan(offset, length));
    }

    [Fact]
    public void GetSpanCountsFourByteCharactersAsTwoColumns()
    {
        var text = Encoding.UTF8.GetBytes("é😀x");

        Assert.Equal(new SourceSpan(1, 2, 1, 4), new SourceMap(text).GetSpan(2, 4));
        Assert.Equal(new SourceSpan(1, 4, 1, 5), new SourceMap(text).GetSpan(6, 1));
    }

    [Fact]
    public void PointerTokensAreUnescaped()
    {
        var map = Map("""
            {
              "paths": {
                "/items/{id}": { "get": {} }
              },
              "a~b": 1,
              "c/d~1": 2,
              "\u0041": 3
            }
            """);

        Assert.Equal(new SourceSpan(3, 29, 3, 31), Span(map, "/paths/~1items~1{id}/get"));
        Assert.Equal(new SourceSpan(3, 22, 3, 27), Span(map, "/paths/~1items~1{id}/get", LocationTarget.Name));
        Assert.Equal(new SourceSpan(5, 10, 5, 11), Span(map, "/a~0b"));
        Assert.Equal(new SourceSpan(6, 12, 6, 13), Span(map, "/c~1d~01"));
        Assert.Equal(new SourceSpan(7, 3, 7, 11), Span(map, "/A", LocationTarget.Name));
        Assert.Equal(new SourceSpan(3, 29, 3, 31), Span(map, "#/paths/~1items~1%7Bid%7D/get"));
    }

    [Theory]
    [InlineData("/paths/~1items/get")]
    [InlineData("/a~b")]
    [InlineData("/A/0")]
    [InlineData("paths")]
    public void UnknownPointersAreNotFound(string pointer)
    {
        var map = Map("""{"paths": {"/items": {}}, "a~b": 1, "A": []}""");

        Assert.False(map.TryGetSpan(pointer, LocationTarget.Value, out _));
    }

    [Fact]
    public void NestedArrayItemsAndTheRootFallBackToTheirValueForName()
    {
        var map = Map("""[[1, [2, 3]], {"k": [true]}]""");

        Assert.Equal(new SourceSpan(1, 10, 1, 11), Span(map, "/0/1/1"));
        Assert.Equal(new SourceSpan(1, 6, 1, 12), Span(map, "/0/1", LocationTarget.Name));
        Assert.Equal(new SourceSpan(1, 22, 1, 26), Span(map, "/1/k/0"));
        Assert.Equal(new SourceSpan(1, 16, 1, 19), Span(map, "/1/k", LocationTarget.Name));
        Assert.Equal(new SourceSpan(1, 1, 1, 29), Span(map, "", LocationTarget.Name));
    }

    [Fact]
    public void PointersAreFoundDespiteCommentsAndTrailingCommas()
    {
        var map = Map("{ // note\n  \"a\": [1, 2,],\n}");

        Assert.Equal(new SourceSpan(2, 8, 2, 15), Span(map, "/a"));
        Assert.Equal(new SourceSpan(2, 12, 2, 13), Span(map, "/a/1"));
    }

    [Fact]
    public void PointersBeforeTheTextStopsBeingJsonAreStillFound()
    {
        var map = Map("""{"a": 1, "b": ]""");

        Assert.Equal(new SourceSpan(1, 7, 1, 8), Span(map, "/a"));
        Assert.False(map.TryGetSpan("/b", LocationTarget.Value, out _));
    }

    private static SourceMap Map(string json) => new(Encoding.UTF8.GetBytes(json));

    private static SourceSpan Span(SourceMap map, string pointer, LocationTarget target = LocationTarget.Value)
    {
        Assert.True(map.TryGetSpan(pointer, target, out var span), $"'{pointer}' not found");
        return span;
    }
}
