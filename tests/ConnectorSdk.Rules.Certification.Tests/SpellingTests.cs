namespace ConnectorSdk.Rules.Certification.Tests;

public sealed class SpellingTests
{
    [Theory]
    [InlineData("item", "Item")] // letter case only
    [InlineData("Taks", "Task")] // two neighbours swapped
    [InlineData("Tsk", "Task")] // a letter missing
    [InlineData("Tassk", "Task")] // a letter extra
    [InlineData("Tusk", "Task")] // a letter wrong
    [InlineData("GetItmesList", "GetItemsList")] // long names: two edits
    [InlineData("GetItemLists", "GetItemsList")]
    public void NearlyRightName_GivesTheCandidate(string name, string expected)
        => Assert.Equal(expected, Spelling.Closest(name, ["Task", "Item", "GetItemsList", "Person"]));

    [Theory]
    [InlineData("Order")] // nothing close
    [InlineData("Tk")] // two edits from "Task": too far for a short name
    [InlineData("Cat")] // one edit from both "Car" and "Bat": ambiguous
    public void NoCloseOrUniqueCandidate_GivesNothing(string name)
        => Assert.Null(Spelling.Closest(name, ["Task", "Car", "Bat"]));

    [Fact]
    public void LetterCaseMatch_WinsOverAnEarlierTypoMatch()
        => Assert.Equal("ITEM", Spelling.Closest("item", ["Iten", "ITEM"]));
}
