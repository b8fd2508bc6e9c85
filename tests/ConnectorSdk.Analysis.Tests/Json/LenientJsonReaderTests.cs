using System.Text;
using System.Text.Json;
using ConnectorSdk.Analysis.Json;

namespace ConnectorSdk.Analysis.Tests.Json;

public class LenientJsonReaderTests
{
    [Theory]
    [InlineData("""{"swagger": "2.0", "info": {"title": "x"}, "tags": [1, 2.5e3, true, null, "\u00e9"]}""")]
    [InlineData("  [ ]  \r\n")]
    [InlineData("\"just a string\"")]
    [InlineData("""{"x": {"a": 1}, "y": {"a": 2}}""")]
    public void CleanFilesHaveNoProblems(string json)
    {
        using var result = Read(json);

        Assert.NotNull(result.Document);
        Assert.Empty(result.Problems);
        Assert.Equal(Encoding.UTF8.GetBytes(json), result.Text.ToArray());
    }

    [Fact]
    public void ByteOrderMarkIsRemovedWithoutAProblem()
    {
        byte[] content = [0xEF, 0xBB, 0xBF, .. """{"a": 1}"""u8];

        using var result = LenientJsonReader.Read(content);

        Assert.Empty(result.Problems);
        Assert.Equal("""{"a": 1}"""u8.ToArray(), result.Text.ToArray());
        Assert.True(result.SourceMap.TryGetSpan("/a", LocationTarget.Value, out var span));
        Assert.Equal(new SourceSpan(1, 7, 1, 8), span);
    }

    [Fact]
    public void TrailingCommaInAnObject()
    {
        using var result = Read("{\n  \"a\": 1,\n}");

        AssertSingleProblem(result, JsonProblemKind.LenientSyntax, "trailing comma", new SourceSpan(2, 9, 2, 10));
        Assert.Equal(1, result.Document!.RootElement.GetProperty("a").GetInt32());
    }

    [Fact]
    public void TrailingCommaInAnArray()
    {
        using var result = Read("""{"a": [1, 2, ], "b": [[],]}""");

        Assert.Equal(
            [new(JsonProblemKind.LenientSyntax, "trailing comma", 11, 1), new(JsonProblemKind.LenientSyntax, "trailing comma", 24, 1)],
            result.Problems);
        Assert.Equal(2, result.Document!.RootElement.GetProperty("a").GetArrayLength());
        Assert.Equal(1, result.Document.RootElement.GetProperty("b").GetArrayLength());
    }

    [Fact]
    public void LineComment()
    {
        using var result = Read("{\n  // the version\n  \"a\": 1 // one\n}");

        Assert.Equal([new SourceSpan(2, 3, 2, 17), new SourceSpan(3, 10, 3, 16)], SpansOf(result, JsonProblemKind.LenientSyntax, "comment"));
        Assert.Equal(1, result.Document!.RootElement.GetProperty("a").GetInt32());
    }

    [Fact]
    public void BlockCommentKeepsTheLinesOfWhatFollows()
    {
        using var result = Read("{\"a\": /* one\n two */ 1, \"b\": 2}");

        AssertSingleProblem(result, JsonProblemKind.LenientSyntax, "comment", new SourceSpan(1, 7, 2, 8));
        Assert.True(result.SourceMap.TryGetSpan("/b", LocationTarget.Value, out var span));
        Assert.Equal(new SourceSpan(2, 17, 2, 18), span);
    }

    [Fact]
    public void MissingCommaBetweenMembers()
    {
        using var result = Read("{\n  \"a\": \"x\"\n  \"b\": 2\n}");

        AssertSingleProblem(result, JsonProblemKind.LenientSyntax, "missing comma", new SourceSpan(2, 11, 2, 11));
        Assert.Equal(["a", "b"], result.Document!.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void MissingCommaBetweenArrayItems()
    {
        using var result = Read("[\n  {\"a\": 1}\n  {\"b\": 2} [3] 4\n]");

        Assert.Equal(
            [new SourceSpan(2, 11, 2, 11), new SourceSpan(3, 11, 3, 11), new SourceSpan(3, 15, 3, 15)],
            SpansOf(result, JsonProblemKind.LenientSyntax, "missing comma"));
        Assert.Equal(4, result.Document!.RootElement.GetArrayLength());
    }

    [Fact]
    public void BlankedCommentCanHoldTheMissingComma()
    {
        using var result = Read("[1/*c*/2]");

        Assert.Equal([new(JsonProblemKind.LenientSyntax, "comment", 2, 5), new(JsonProblemKind.LenientSyntax, "missing comma", 2, 0)], result.Problems);
        Assert.Equal(2, result.Document!.RootElement.GetArrayLength());
    }

    [Fact]
    public void MissingCommaWithNoByteToHoldItIsUnreadable()
    {
        using var result = Read("""["a""b"]""");

        AssertUnreadable(result, "expected ',' or ']' after an array item", new SourceSpan(1, 5, 1, 6));
    }

    [Fact]
    public void RawControlCharactersInStringsBecomeSpaces()
    {
        using var result = Read("{\"a\": \"x\ty\", \"b\": \"line\r\nbreak\u0001\"}");

        Assert.Equal(
            [
                new(JsonProblemKind.LenientSyntax, "raw tab character in a string", 8, 1),
                new(JsonProblemKind.LenientSyntax, "raw line break in a string", 23, 2),
                new(JsonProblemKind.LenientSyntax, "raw control character U+0001 in a string", 30, 1),
            ],
            result.Problems);
        Assert.Equal("x y", result.Document!.RootElement.GetProperty("a").GetString());
        Assert.Equal("line  break ", result.Document.RootElement.GetProperty("b").GetString());
    }

    [Fact]
    public void Windows1252FileIsTranscoded()
    {
        byte[] latin1 = [.. "{\n  \"a\": 1,\n  \"name\": \"caf"u8, 0xE9, (byte)' ', 0x80, .. "\"\n}"u8];

        using var result = LenientJsonReader.Read(latin1);

        AssertSingleProblem(result, JsonProblemKind.NotUtf8, "byte 0xE9 at line 3", new SourceSpan(3, 15, 3, 16));
        Assert.Equal(2, result.Problems[0].ByteLength);
        Assert.Equal("café €", result.Document!.RootElement.GetProperty("name").GetString());
        Assert.Equal("{\n  \"a\": 1,\n  \"name\": \"café €\"\n}", Encoding.UTF8.GetString(result.Text.Span));
    }

    [Fact]
    public void Windows1252FileWithATrailingCommaReportsBoth()
    {
        byte[] latin1 = [.. "{\""u8, 0xE9, .. "\": 1,}"u8];

        using var result = LenientJsonReader.Read(latin1);

        Assert.Equal(
            [new(JsonProblemKind.NotUtf8, "byte 0xE9 at line 1", 2, 2), new(JsonProblemKind.LenientSyntax, "trailing comma", 8, 1)],
            result.Problems);
        Assert.Equal(1, result.Document!.RootElement.GetProperty("é").GetInt32());
    }

    [Fact]
    public void DuplicateKeyIsReportedOnTheEarlierNameAndTheLastWins()
    {
        using var result = Read("{\n  \"a\": {\"x\": 1},\n  \"b\": 2,\n  \"a\": 3\n}");

        AssertSingleProblem(result, JsonProblemKind.DuplicateKey, "a", new SourceSpan(2, 3, 2, 6));
        Assert.Equal(["b", "a"], result.Document!.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, result.Document.RootElement.GetProperty("a").GetInt32());
        Assert.True(result.SourceMap.TryGetSpan("/a", LocationTarget.Name, out var span));
        Assert.Equal(new SourceSpan(4, 3, 4, 6), span);
        Assert.False(result.SourceMap.TryGetSpan("/a/x", LocationTarget.Value, out _));
    }

    [Fact]
    public void EveryEarlierOccurrenceOfARepeatedNameIsReported()
    {
        using var result = Read("""{"a": 1, "\u0061": 2, "a": {"k": 1, "k": 2,}}""");

        Assert.Equal(
            [
                new(JsonProblemKind.DuplicateKey, "a", 1, 3),
                new(JsonProblemKind.DuplicateKey, "a", 9, 8),
                new(JsonProblemKind.DuplicateKey, "k", 28, 3),
                new(JsonProblemKind.LenientSyntax, "trailing comma", 42, 1),
            ],
            result.Problems);
        Assert.Equal("""{"k":2}""", JsonSerializer.Serialize(result.Document!.RootElement.GetProperty("a")));
        Assert.Single(result.Document.RootElement.EnumerateObject());
    }

    [Fact]
    public void DataAfterTheRootValueIsIgnored()
    {
        using var result = Read("{\"a\": 1}\n}\n\"tail\"  \n");

        AssertSingleProblem(result, JsonProblemKind.LenientSyntax, "data after the root value", new SourceSpan(2, 1, 3, 7));
        Assert.Equal(1, result.Document!.RootElement.GetProperty("a").GetInt32());
    }

    [Theory]
    [InlineData("", "the file is empty", 0)]
    [InlineData(" \r\n\t", "the file is empty", 0)]
    [InlineData("// nothing else", "the file contains no JSON value", 15)]
    [InlineData("""{"a": 1""", "unexpected end of file: an object is not closed", 7)]
    [InlineData("""{"a": [1, 2""", "unexpected end of file: an array is not closed", 11)]
    [InlineData("""{"a": "x""", "unexpected end of file: a string is not closed", 6)]
    [InlineData("""{"a": 1} /* tail""", "unexpected end of file: a comment is not closed", 9)]
    [InlineData("""{"a" 1}""", "expected ':' after a property name", 5)]
    [InlineData("""{"a": 1 2}""", "expected ',' or '}' after a property value", 8)]
    [InlineData("""{"a": 1]""", "expected ',' or '}' after a property value", 7)]
    [InlineData("""[1 : 2]""", "expected ',' or ']' after an array item", 3)]
    [InlineData("""{a: 1}""", "expected a property name in double quotes or '}'", 1)]
    [InlineData("""{"a": 1, 'b': 2}""", "expected a property name in double quotes", 9)]
    [InlineData("""{"a": }""", "expected a value", 6)]
    [InlineData("""[1,,2]""", "expected a value", 3)]
    [InlineData("""{"a": tru}""", "invalid value", 6)]
    [InlineData("""{"a": undefined}""", "invalid value", 6)]
    [InlineData("""[01]""", "invalid value", 1)]
    [InlineData("""[1.e5]""", "invalid value", 1)]
    [InlineData("""["a\x"]""", "invalid escape sequence in a string", 3)]
    [InlineData("""["\u12G4"]""", "invalid escape sequence in a string", 2)]
    [InlineData("""{"\uD800": 1}""", "unpaired surrogate escape in a property name", 2)]
    [InlineData("""{"a\uDC00\uD800": 1}""", "unpaired surrogate escape in a property name", 3)]
    [InlineData("""{"\uD83D\uDE00\uD800x": 1}""", "unpaired surrogate escape in a property name", 14)]
    public void UnreadableFilesSayWhatWasExpectedWhere(string json, string expected, int offset)
    {
        using var result = Read(json);

        Assert.Null(result.Document);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((JsonProblemKind.Unreadable, expected, offset), (problem.Kind, problem.Detail, problem.ByteOffset));
    }

    [Fact]
    public void UnreadableFileReportsOnlyWhereReadingStops()
    {
        using var result = Read("{\n  \"a\": 1,\n  // note\n  \"b\": [\n    true,\n  ],\n  \"c\" 2\n}");

        AssertUnreadable(result, "expected ':' after a property name", new SourceSpan(7, 7, 7, 8));
    }

    [Fact]
    public void UnreadableTokenSpansTheWholeToken()
    {
        using var result = Read("{\n  \"a\": undefined\n}");

        AssertUnreadable(result, "invalid value", new SourceSpan(2, 8, 2, 17));
    }

    [Fact]
    public void NestingDeeperThanTheStrictLimitIsUnreadable()
    {
        using var result = Read(new string('[', 65) + new string(']', 65));

        AssertUnreadable(result, "more than 64 nested objects and arrays", new SourceSpan(1, 65, 1, 66));
    }

    [Fact]
    public void SurrogatePairEscapesAreValidAndUnpairedOnesOnlyInValues()
    {
        // Like the strict parse of a clean file, which does not check escapes in values.
        using var result = Read("""{"\uD83D\uDE00": "\uDC00\uD800",}""");

        Assert.Equal("😀", result.Document!.RootElement.EnumerateObject().Single().Name);
        Assert.Equal([new(JsonProblemKind.LenientSyntax, "trailing comma", 31, 1)], result.Problems);
    }

    [Fact]
    public void AnyBytesAreReadWithoutThrowing()
    {
        var random = new Random(20240613);
        var sample = Encoding.UTF8.GetBytes("{\"a\": [1, -2.5e3, true, null,], // c\n\u2003\"b\": {\"\\u00e9\": \"x\ty\" /* d */ \"c\": \"é😀\"}}\n, \"a\": []}");
        var inputs = new List<byte[]>();
        inputs.AddRange(Enumerable.Range(0, sample.Length).Select(length => sample[..length]));
        for (var i = 0; i < 2000; i++)
        {
            var mutated = sample.ToArray();
            for (var j = random.Next(1, 4); j > 0; j--)
            {
                mutated[random.Next(mutated.Length)] = "{}[]\",:/*\\ \n\tatfn0-é"u8[random.Next(20)];
            }

            inputs.Add(mutated);
            var noise = new byte[random.Next(0, 64)];
            random.NextBytes(noise);
            inputs.Add(noise);
        }

        foreach (var input in inputs)
        {
            using var result = LenientJsonReader.Read(input);

            var unreadable = result.Problems.Count(p => p.Kind == JsonProblemKind.Unreadable);
            Assert.Equal(result.Document is null ? 1 : 0, unreadable);
            Assert.All(result.Problems, p => Assert.InRange(p.ByteOffset + p.ByteLength, p.ByteOffset, result.Text.Length));
            if (result.Document is { } document)
            {
                AssertEveryPointerIsMapped(result.SourceMap, document.RootElement, JsonPointer.Root);
            }
        }
    }

    /// <summary>The source map and the document agree: every value the document has is found where the map says.</summary>
    internal static void AssertEveryPointerIsMapped(SourceMap map, JsonElement element, string pointer)
    {
        Assert.True(map.TryGetSpan(pointer, LocationTarget.Value, out _), $"'{pointer}' not found");
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                AssertEveryPointerIsMapped(map, property.Value, JsonPointer.Append(pointer, property.Name));
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                AssertEveryPointerIsMapped(map, item, JsonPointer.Append(pointer, index++));
            }
        }
    }

    internal static JsonReadResult Read(string json) => LenientJsonReader.Read(Encoding.UTF8.GetBytes(json));

    internal static SourceSpan[] SpansOf(JsonReadResult result, JsonProblemKind kind, string detail)
    {
        Assert.All(result.Problems, p => Assert.Equal((kind, detail), (p.Kind, p.Detail)));
        return result.Problems.Select(p => result.SourceMap.GetSpan(p.ByteOffset, p.ByteLength)).ToArray();
    }

    internal static void AssertSingleProblem(JsonReadResult result, JsonProblemKind kind, string detail, SourceSpan span)
    {
        var problem = Assert.Single(result.Problems);
        Assert.Equal((kind, detail, span), (problem.Kind, problem.Detail, result.SourceMap.GetSpan(problem.ByteOffset, problem.ByteLength)));
    }

    internal static void AssertUnreadable(JsonReadResult result, string detail, SourceSpan span)
    {
        Assert.Null(result.Document);
        AssertSingleProblem(result, JsonProblemKind.Unreadable, detail, span);
    }
}
