using System.Text.RegularExpressions;

namespace ConnectorSdk.Tests;

/// <summary>
/// A fenced <c>sh</c> block of a Markdown document. A block that the default run cannot run as it stands (it needs the
/// packed packages, or a file to change) follows a <c>&lt;!-- run by tests/PATH.cs --&gt;</c> line, naming the test that runs it.
/// </summary>
internal sealed partial record ShellBlock(string Body, string? RunBy)
{
    /// <summary>The blocks of a document of this repository (a path relative to its root), in order.</summary>
    public static IReadOnlyList<ShellBlock> Read(string document)
        => [.. Fenced().Matches(File.ReadAllText(Path.Combine(RepositoryFolder.Path, document)))
            .Select(match => new ShellBlock(match.Groups["body"].Value, match.Groups["test"].Success ? match.Groups["test"].Value : null))];

    /// <summary>The commands, one per line: continuation lines joined, comments and blank lines left out.</summary>
    public IEnumerable<string> Commands
        => Body.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'));

    [GeneratedRegex(@"(?:^<!-- run by (?<test>tests/\S+\.cs) -->\n)?^```sh\n(?<body>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Fenced();
}
