using System.Text.RegularExpressions;
using ConnectorSdk.Cli.Tests.Infrastructure;

namespace ConnectorSdk.Cli.Tests.Governance;

/// <summary>
/// README.md and the pages under docs/ say only what holds in this repository: they name rules that exist
/// (or say "(planned)", or were retired), link to files of the repository, and their <c>connector</c> commands run.
/// </summary>
public sealed partial class DocumentationTests
{
    private const string Planned = " (planned)";

    /// <summary>Ends a command that needs the packed packages or a network: the end-to-end tests run it, not these.</summary>
    private const string EndToEndTest = "# end-to-end test";

    private static readonly HashSet<string> RuleIds = BuiltInCatalog.Rules.Select(rule => rule.Id).ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string> Documents => [.. DocumentPaths()];

    public static TheoryData<string, string> CommandExamples
    {
        get
        {
            var examples = new TheoryData<string, string>();
            foreach (var document in DocumentPaths())
            {
                foreach (var command in ConnectorCommands(document))
                {
                    examples.Add(document, command);
                }
            }

            return examples;
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_NamesOnlyRulesThatExist_OrThatArePlanned(string document)
        => Assert.Empty(UnknownRuleIds(document));

    [Fact]
    public void SourceFiles_NameOnlyRulesThatExist_OrThatArePlanned()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryFolder.Path, "src"), "*.*", SearchOption.AllDirectories)
            .Where(path => Path.GetExtension(path) is ".cs" or ".md")
            .Select(path => Path.GetRelativePath(RepositoryFolder.Path, path))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(folder => folder is "bin" or "obj"));

        Assert.Empty(sources.SelectMany(UnknownRuleIds));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_LinksOnlyToFilesOfTheRepository(string document)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFolder.Path, document));
        var folder = Path.GetDirectoryName(Path.Combine(RepositoryFolder.Path, document))!;
        var outside = LocalLink().Matches(text)
            .Select(match => match.Groups["target"].Value.Split('#')[0])
            .Where(target => target.Length > 0 && !Uri.IsWellFormedUriString(target, UriKind.Absolute))
            .Where(target => !IsInRepository(Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(target)))));

        Assert.DoesNotContain("../shared", text, StringComparison.Ordinal);
        Assert.Empty(outside);
    }

    [Theory]
    [MemberData(nameof(CommandExamples))]
    public async Task CommandExample_Runs(string document, string command)
    {
        Assert.DoesNotContain('"', command);
        var arguments = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var run = await ChildProcess.RunInAsync(RepositoryFolder.Path, ChildProcess.DotnetHost, [typeof(ConnectorCommand).Assembly.Location, .. arguments]);

        Assert.True(run.ExitCode is ExitCodes.Success or ExitCodes.ErrorsFound, $"{document}: `connector {command}` exits with {run.ExitCode}: {run.Stderr}");
    }

    [Fact]
    public void CommandExamples_AreFound()
        => Assert.Contains(("README.md", "validate samples/ContosoTasks"), CommandExamples.Select(row => ((string)row[0], (string)row[1])));

    /// <summary>The README's example of a failing build shows what the analysis reports on that sample: every finding, nothing else.</summary>
    [Fact]
    public async Task ReadmeBuildOutput_IsWhatTheBrokenSampleReports()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFolder.Path, "README.md"));
        var shown = BuildOutputExample().Match(readme).Groups["lines"].Value
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => "samples/" + line["…/".Length..line.LastIndexOf(" [", StringComparison.Ordinal)]);

        var run = await ChildProcess.RunInAsync(RepositoryFolder.Path, ChildProcess.DotnetHost, typeof(ConnectorCommand).Assembly.Location, "validate", "samples/ContosoTasks.Broken");

        Assert.Equal(run.StdoutLines[..^1].Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> DocumentPaths()
        => Directory.EnumerateFiles(Path.Combine(RepositoryFolder.Path, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryFolder.Path, path))
            .Prepend("README.md")
            .Order(StringComparer.Ordinal);

    /// <summary>"file:line: PPCnnnn" for each id that no built-in rule has and that is not followed by "(planned)".</summary>
    private static IEnumerable<string> UnknownRuleIds(string path)
        => File.ReadLines(Path.Combine(RepositoryFolder.Path, path))
            .SelectMany((line, index) => RuleId().Matches(line)
                .Where(match => !RuleIds.Contains(match.Value) && !ReservedRulePages.Retired.Contains(match.Value) && string.CompareOrdinal(line, match.Index + match.Length, Planned, 0, Planned.Length) != 0)
                .Select(match => $"{path}:{index + 1}: {match.Value}"));

    /// <summary>
    /// The commands of fenced <c>sh</c> blocks that run the tool, as <c>connector ARGS</c> or
    /// <c>dotnet run --project src/ConnectorSdk.Cli -- ARGS</c>: their ARGS; not those marked <see cref="EndToEndTest"/>.
    /// </summary>
    private static IEnumerable<string> ConnectorCommands(string document)
        => ShellBlock().Matches(File.ReadAllText(Path.Combine(RepositoryFolder.Path, document)))
            .SelectMany(block => block.Groups["body"].Value.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n'))
            .Where(line => !line.TrimEnd().EndsWith(EndToEndTest, StringComparison.Ordinal))
            .Select(line => ToolCommand().Match(line.Trim()))
            .Where(match => match.Success)
            .Select(match => match.Groups["arguments"].Value);

    private static bool IsInRepository(string path)
        => (File.Exists(path) || Directory.Exists(path)) && !Path.GetRelativePath(RepositoryFolder.Path, path).StartsWith("..", StringComparison.Ordinal);

    [GeneratedRegex(@"\bPPC\d{4}\b")]
    private static partial Regex RuleId();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex LocalLink();

    [GeneratedRegex(@"^```sh\n(?<body>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"^(connector|dotnet run --project src/ConnectorSdk\.Cli --) (?<arguments>.+)$")]
    private static partial Regex ToolCommand();

    [GeneratedRegex(@"\(paths shortened\):\n\n```\n(?<lines>.*?)```", RegexOptions.Singleline)]
    private static partial Regex BuildOutputExample();
}
