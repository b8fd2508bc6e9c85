using System.Text;
using ConnectorSdk.Analysis.Json;
using static ConnectorSdk.Analysis.Tests.Json.LenientJsonReaderTests;

namespace ConnectorSdk.Analysis.Tests.Json;

/// <summary>Whitespace that Json.NET, the platform's reader, skips between tokens but JSON does not allow; invisible characters in messages.</summary>
public class UnicodeWhitespaceTests
{
    [Theory]
    [InlineData(0x000B, "U+000B LINE TABULATION")]
    [InlineData(0x000C, "U+000C FORM FEED")]
    [InlineData(0x0085, "U+0085 NEXT LINE")]
    [InlineData(0x00A0, "U+00A0 NO-BREAK SPACE")]
    [InlineData(0x1680, "U+1680 OGHAM SPACE MARK")]
    [InlineData(0x2000, "U+2000 EN QUAD")]
    [InlineData(0x2001, "U+2001 EM QUAD")]
    [InlineData(0x2002, "U+2002 EN SPACE")]
    [InlineData(0x2003, "U+2003 EM SPACE")]
    [InlineData(0x2004, "U+2004 THREE-PER-EM SPACE")]
    [InlineData(0x2005, "U+2005 FOUR-PER-EM SPACE")]
    [InlineData(0x2006, "U+2006 SIX-PER-EM SPACE")]
    [InlineData(0x2007, "U+2007 FIGURE SPACE")]
    [InlineData(0x2008, "U+2008 PUNCTUATION SPACE")]
    [InlineData(0x2009, "U+2009 THIN SPACE")]
    [InlineData(0x200A, "U+200A HAIR SPACE")]
    [InlineData(0x2028, "U+2028 LINE SEPARATOR")]
    [InlineData(0x2029, "U+2029 PARAGRAPH SEPARATOR")]
    [InlineData(0x202F, "U+202F NARROW NO-BREAK SPACE")]
    [InlineData(0x205F, "U+205F MEDIUM MATHEMATICAL SPACE")]
    [InlineData(0x3000, "U+3000 IDEOGRAPHIC SPACE")]
    [InlineData(0xFEFF, "U+FEFF ZERO WIDTH NO-BREAK SPACE")]
    public void EachWhitespaceCharacterBetweenTokensIsNamedAndBlanked(int codePoint, string name)
    {
        var character = char.ConvertFromUtf32(codePoint);
        var json = $"{{\"a\":{character}1}}";

        using var result = Read(json);

        AssertSingleProblem(result, JsonProblemKind.LenientSyntax, $"{name} used as whitespace", new SourceSpan(1, 6, 1, 7));
        Assert.Equal(Encoding.UTF8.GetByteCount(character), result.Problems[0].ByteLength);
        Assert.Equal(1, result.Document!.RootElement.GetProperty("a").GetInt32());
        Assert.Equal(Encoding.UTF8.GetBytes(json), result.Text.ToArray());
    }

    [Fact]
    public void InAStringItIsDataAndUntouched()
    {
        using var result = Read("{\"a\": \"x\u2003y\u00A0\uFEFF\", \"b\": [1,]}");

        Assert.Equal([new(JsonProblemKind.LenientSyntax, "trailing comma", 27, 1)], result.Problems);
        Assert.Equal("x\u2003y\u00A0\uFEFF", result.Document!.RootElement.GetProperty("a").GetString());
    }

    [Fact]
    public void ByteOrderMarkInsideTheFileIsReported()
    {
        byte[] content = [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. "{\"a\": 1}"u8];

        using var result = LenientJsonReader.Read(content);

        AssertSingleProblem(result, JsonProblemKind.LenientSyntax, "U+FEFF ZERO WIDTH NO-BREAK SPACE used as whitespace", new SourceSpan(1, 1, 1, 2));
        Assert.Equal(1, result.Document!.RootElement.GetProperty("a").GetInt32());
    }

    [Fact]
    public void EachCharacterIsReportedOnceAtItsFirstPlaceAmongOtherRepairs()
    {
        using var result = Read("{\n\u00A0\u00A0\"a\": 1,\n\u00A0\u00A0\"b\": [1,]\u2003// c\n\u00A0}");

        Assert.Equal(
            [
                ("U+00A0 NO-BREAK SPACE used as whitespace (here and in 4 more places)", new SourceSpan(2, 1, 2, 2)),
                ("trailing comma", new SourceSpan(3, 10, 3, 11)),
                ("U+2003 EM SPACE used as whitespace", new SourceSpan(3, 12, 3, 13)),
                ("comment", new SourceSpan(3, 13, 3, 17)),
            ],
            result.Problems.Select(p => (p.Detail, result.SourceMap.GetSpan(p.ByteOffset, p.ByteLength))));
        Assert.Equal(["a", "b"], result.Document!.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void ItEndsANumberOrLiteralAsInJsonNet()
    {
        using var result = Read("[1\u00A0, true\u2003]");

        Assert.Equal([2, 10], result.Problems.Select(p => p.ByteOffset));
        Assert.Equal(2, result.Document!.RootElement.GetArrayLength());
    }

    [Fact]
    public void BetweenTheRootAndDataAfterItItIsStillReported()
    {
        using var result = Read("{\"a\": 1}\u3000x");

        Assert.Equal(["U+3000 IDEOGRAPHIC SPACE used as whitespace", "data after the root value"], result.Problems.Select(p => p.Detail));
    }

    [Theory]
    [InlineData("{\"a\": 1\u200B}", "invalid value containing U+200B ZERO WIDTH SPACE", 6, 4)]
    [InlineData("{\"a\": t\u0000rue}", "invalid value containing U+0000 NULL", 6, 5)]
    [InlineData("{\u201Ca\u201D: 1}", "expected a property name in double quotes or '}', found U+201C LEFT DOUBLE QUOTATION MARK", 1, 3)]
    [InlineData("{\"a\"\u200B: 1}", "expected ':' after a property name, found U+200B ZERO WIDTH SPACE", 4, 3)]
    [InlineData("{\"a\": 1\u0007, \"b\": 2}", "invalid value containing U+0007 ALERT", 6, 2)]
    [InlineData("[1 \u200D]", "invalid value containing U+200D ZERO WIDTH JOINER", 3, 3)]
    [InlineData("{\"a\": 1 \u200D}", "expected ',' or '}' after a property value, found U+200D ZERO WIDTH JOINER", 8, 3)]
    [InlineData("{\"a\": 1,\u202E\"b\": 2}", "expected a property name in double quotes, found U+202E RIGHT-TO-LEFT OVERRIDE", 8, 3)]
    [InlineData("{\"a\": \u0001}", "invalid value containing U+0001 START OF HEADING", 6, 1)]
    [InlineData("{\"a\": \uFF02x\uFF02}", "invalid value containing U+FF02 FULLWIDTH QUOTATION MARK", 6, 7)]
    [InlineData("{\"a\": 1\uFF0C \"b\": 2}", "invalid value containing U+FF0C FULLWIDTH COMMA", 6, 4)]
    public void UnreadableAtAnInvisibleOrConfusableCharacterNamesIt(string json, string expected, int offset, int length)
    {
        using var result = Read(json);

        Assert.Null(result.Document);
        Assert.Equal(new JsonReadProblem(JsonProblemKind.Unreadable, expected, offset, length), Assert.Single(result.Problems));
    }
}
