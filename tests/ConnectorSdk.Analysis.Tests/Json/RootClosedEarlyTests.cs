using ConnectorSdk.Analysis.Json;
using static ConnectorSdk.Analysis.Tests.Json.LenientJsonReaderTests;

namespace ConnectorSdk.Analysis.Tests.Json;

/// <summary>A stray '}' closes the root object before members that follow: they are read as the root's.</summary>
public class RootClosedEarlyTests
{
    private const string ClosedEarly = "the root object closes here, but members follow; they were read as members of the root, so an extra '}' is at or before this point";

    [Fact]
    public void MembersAfterTheRootAreReadAsItsMembers()
    {
        using var result = Read("{\n  \"swagger\": \"2.0\",\n  \"paths\": {}\n},\n  \"definitions\": {\"Item\": {}}\n}\n");

        AssertSingleProblem(result, JsonProblemKind.RootClosedEarly, ClosedEarly, new SourceSpan(4, 1, 4, 2));
        Assert.Equal(["swagger", "paths", "definitions"], result.Document!.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(result.Problems[0].ByteOffset, result.RootClosedEarlyAt);
        Assert.True(result.SourceMap.TryGetSpan("/definitions/Item", LocationTarget.Name, out var span));
        Assert.Equal(new SourceSpan(5, 19, 5, 25), span);
    }

    [Fact]
    public void AnInnerObjectClosedEarlyShiftsWhatFollowsUpOneLevel()
    {
        // The stray brace on line 5 closes "paths"; the brace meant to close "paths" closes the root.
        using var result = Read("{\n  \"paths\": {\n    \"/a\": {\n      \"get\": {}\n    }},\n    \"/b\": {}\n  },\n  \"definitions\": {}\n}");

        AssertSingleProblem(result, JsonProblemKind.RootClosedEarly, ClosedEarly, new SourceSpan(7, 3, 7, 4));
        Assert.Equal(["paths", "/b", "definitions"], result.Document!.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["/a"], result.Document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name));
        AssertEveryPointerIsMapped(result.SourceMap, result.Document.RootElement, JsonPointer.Root);
    }

    [Fact]
    public void TheBlankedBraceHoldsAMissingComma()
    {
        using var result = Read("""{"a": {"x": 1}} "b": 2}""");

        Assert.Equal(
            [new(JsonProblemKind.RootClosedEarly, ClosedEarly, 14, 1), new(JsonProblemKind.LenientSyntax, "missing comma", 14, 0)],
            result.Problems);
        Assert.Equal(2, result.Document!.RootElement.GetProperty("b").GetInt32());
    }

    [Fact]
    public void EachStrayBraceIsReported()
    {
        using var result = Read("""{"a": {}}, "b": {}}, "c": 2}""");

        Assert.Equal([(JsonProblemKind.RootClosedEarly, 8), (JsonProblemKind.RootClosedEarly, 18)], result.Problems.Select(p => (p.Kind, p.ByteOffset)));
        Assert.Equal(["a", "b", "c"], result.Document!.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(8, result.RootClosedEarlyAt);
    }

    [Fact]
    public void DataAfterTheRecoveredRootIsStillIgnored()
    {
        using var result = Read("{\"a\": {}}, \"b\": 1}\nx");

        Assert.Equal(
            [new(JsonProblemKind.RootClosedEarly, ClosedEarly, 8, 1), new(JsonProblemKind.LenientSyntax, "data after the root value", 19, 1)],
            result.Problems);
        Assert.Equal(["a", "b"], result.Document!.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void AMemberRepeatedAfterTheStrayBraceWinsLikeAnyRepeatedName()
    {
        using var result = Read("""{"a": {"x": 1}}, "a": 2}""");

        Assert.Equal(
            [new(JsonProblemKind.DuplicateKey, "a", 1, 3), new(JsonProblemKind.RootClosedEarly, ClosedEarly, 14, 1)],
            result.Problems);
        Assert.Equal(2, result.Document!.RootElement.GetProperty("a").GetInt32());
    }

    [Theory]
    [InlineData("{\"a\": 1}\n{\"b\": 2}", 9)]
    [InlineData("{\"a\": 1}, [2]", 8)]
    [InlineData("{\"a\": 1}}, \"b\": 2}", 8)]
    [InlineData("{\"a\": 1}, 2}", 8)]
    [InlineData("{\"a\": 1}, \"b\"}", 8)]
    [InlineData("{\"a\": 1}, \"b\": 2", 8)]
    [InlineData("{\"a\": 1}, \"b\": {\"c\": ]}", 8)]
    [InlineData("{\"a\": 1}, /* c */ \"b\": 2}", 8)]
    [InlineData("[1], \"b\": 2]", 3)]
    public void WhatDoesNotReadAsMembersClosingTheRootStaysDataAfterIt(string json, int dataStart)
    {
        using var result = Read(json);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((JsonProblemKind.LenientSyntax, "data after the root value", dataStart), (problem.Kind, problem.Detail, problem.ByteOffset));
        Assert.Equal(json[..dataStart].TrimEnd(), result.Document!.RootElement.GetRawText());
        Assert.Null(result.RootClosedEarlyAt);
    }

    [Fact]
    public void RepairsInMembersThatDoNotCloseTheRootAreNotReported()
    {
        using var result = Read("{\"a\": 1}, \"b\": [1,], // c\n \"d\": 2");

        AssertSingleProblem(result, JsonProblemKind.LenientSyntax, "data after the root value", new SourceSpan(1, 9, 2, 8));
    }
}
