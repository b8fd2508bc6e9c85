using System.Text;
using System.Text.RegularExpressions;

namespace ConnectorSdk.Cli.Tests.Governance;

/// <summary>
/// A descriptor's message format carries the message and its arguments are data, so that SARIF's rules,
/// <c>connector rules</c> and reviewers can read what a rule says: a format with no words of its own
/// ("{0}", "{0} {1}") hands the message to the code that reports it.
/// </summary>
public sealed partial class MessageFormatTests
{
    [Fact]
    public void EveryFormat_HasWordsOfItsOwn()
        => Assert.Empty(BuiltInCatalog.Descriptors.Where(rule => IsOnlyPlaceholders(rule.MessageFormat)).Select(rule => $"{rule.Id}: \"{rule.MessageFormat}\""));

    [Fact]
    public void EveryFormat_IsAValidCompositeFormat()
        => Assert.All(BuiltInCatalog.Descriptors, rule => Assert.NotNull(CompositeFormat.Parse(rule.MessageFormat)));

    [Theory]
    [InlineData("{0}", true)]
    [InlineData("{0} {1}", true)]
    [InlineData("{0}: {1:N0}", true)]
    [InlineData("{0}; {1}.", true)]
    [InlineData("Host '{0}' is not a bare host name", false)]
    [InlineData("{0} is {1:N0} bytes", false)]
    public void OnlyPlaceholders_MeansNoLetterOutsideThem(string format, bool expected)
        => Assert.Equal(expected, IsOnlyPlaceholders(format));

    private static bool IsOnlyPlaceholders(string format) => !Placeholder().Replace(format, "").Any(char.IsLetter);

    [GeneratedRegex(@"\{\d+(,-?\d+)?(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
