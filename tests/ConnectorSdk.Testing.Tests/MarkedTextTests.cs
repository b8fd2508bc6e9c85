using ConnectorSdk.Analysis;

namespace ConnectorSdk.Testing.Tests;

public class MarkedTextTests
{
    [Fact]
    public void IdMarkup_IsRemoved_AndSpanCoversTheMarkedText()
    {
        var marked = MarkedText.Parse("{\n  \"operationId\": {|PPC1051:\"GetItems\"|}\n}");

        Assert.Equal("{\n  \"operationId\": \"GetItems\"\n}", marked.Text);
        var span = Assert.Single(marked.Spans);
        Assert.Equal("PPC1051", span.Id);
        Assert.Null(span.Index);
        Assert.Equal(new SourceSpan(2, 18, 2, 28), span.Span);
    }

    [Fact]
    public void NumberedAndAnonymousMarkup_AreDistinguished()
    {
        var marked = MarkedText.Parse("[[|1|], {|#3:2|}]");

        Assert.Equal("[1, 2]", marked.Text);
        Assert.Collection(
            marked.Spans,
            anonymous => Assert.Equal((null, null, new SourceSpan(1, 2, 1, 3)), (anonymous.Id, anonymous.Index, anonymous.Span)),
            numbered => Assert.Equal((null, 3, new SourceSpan(1, 5, 1, 6)), (numbered.Id, numbered.Index, numbered.Span)));
    }

    [Fact]
    public void Spans_CanNestAndCrossLines_WithCrLf()
    {
        var marked = MarkedText.Parse("{|PPC0001:{\r\n  [|\"a\"|]\r\n}|}");

        Assert.Equal("{\r\n  \"a\"\r\n}", marked.Text);
        Assert.Equal(new SourceSpan(2, 3, 2, 6), marked.Spans[0].Span);
        Assert.Equal(new SourceSpan(1, 1, 3, 2), marked.Spans[1].Span);
    }

    [Theory]
    [InlineData("[|open")]
    [InlineData("close|]")]
    public void UnbalancedMarkup_IsRejected(string markup)
        => Assert.Throws<FormatException>(() => MarkedText.Parse(markup));
}
