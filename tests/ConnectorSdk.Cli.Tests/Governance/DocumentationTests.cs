using System.Text;
using System.Text.RegularExpressions;
using ConnectorSdk.Cli.Tests.Infrastructure;

namespace ConnectorSdk.Cli.Tests.Governance;

/// <summary>
/// README.md and the pages under docs/ say only what holds in this repository: they name rules that exist
/// (or say "(planned)", or were retired), link to files of the repository, and their commands run: the
/// <c>connector</c> commands here, the others in .ci/run, and blocks that name a test in that test.
/// </summary>
public sealed partial class DocumentationTests
{
    private const string Planned = " (planned)";

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

    /// <summary>A command that is not the tool's runs in CI as written (more arguments may follow), or its block names the test that runs it.</summary>
    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryOtherCommandExample_RunsInContinuousIntegration_OrInTheTestItsBlockNames(string document)
    {
        var continuousIntegration = File.ReadAllLines(Path.Combine(RepositoryFolder.Path, ".ci", "run")).Select(line => line.Trim()).ToList();
        foreach (var block in ShellBlock.Read(document))
        {
            if (block.RunBy is { } test)
            {
                var path = Path.Combine(RepositoryFolder.Path, test);
                Assert.True(File.Exists(path), $"{document}: a block names {test}, which does not exist");
                Assert.Contains(document, File.ReadAllText(path), StringComparison.Ordinal);
                continue;
            }

            foreach (var command in block.Commands.Where(command => !ToolCommand().IsMatch(command)))
            {
                Assert.True(
                    continuousIntegration.Any(line => line == command || line.StartsWith(command + " ", StringComparison.Ordinal)),
                    $"{document}: `{command}` neither runs in .ci/run nor sits in a block that names the test running it");
            }
        }
    }

    /// <summary>PPC0004's fix, run on a Windows-1252 copy of the sample: the swagger becomes UTF-8 with the same text, and PPC0004 goes.</summary>
    [Fact]
    public async Task Ppc0004Fix_RewritesAWindows1252SwaggerAsUtf8()
    {
        var fix = Assert.Single(ShellBlock.Read("docs/rules/PPC0004.md"), block => block.RunBy is not null);
        using var folder = new TempFolder();
        SampleConnectors.Copy("ContosoTasks", folder.Path);
        var swagger = Path.Combine(folder.Path, "apiDefinition.swagger.json");
        var text = File.ReadAllText(swagger).Replace("Contoso", "Contoso café", StringComparison.Ordinal);
        File.WriteAllBytes(swagger, Encoding.Latin1.GetBytes(text));
        Assert.Contains("PPC0004", (await Validate(folder.Path)).Stdout, StringComparison.Ordinal);

        var run = await ChildProcess.RunInAsync(folder.Path, "sh", "-c", string.Join('\n', fix.Commands));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(text, File.ReadAllText(swagger, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)));
        Assert.DoesNotContain("PPC0004", (await Validate(folder.Path)).Stdout, StringComparison.Ordinal);
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

    private static Task<CommandLineRun> Validate(string folder)
        => ChildProcess.RunInAsync(folder, ChildProcess.DotnetHost, typeof(ConnectorCommand).Assembly.Location, "validate", ".");

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
    /// <c>dotnet run --project src/ConnectorSdk.Cli -- ARGS</c>: their ARGS; not those of blocks that name the test running them.
    /// </summary>
    private static IEnumerable<string> ConnectorCommands(string document)
        => ShellBlock.Read(document)
            .Where(block => block.RunBy is null)
            .SelectMany(block => block.Commands)
            .Select(line => ToolCommand().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups["arguments"].Value);

    private static bool IsInRepository(string path)
        => (File.Exists(path) || Directory.Exists(path)) && !Path.GetRelativePath(RepositoryFolder.Path, path).StartsWith("..", StringComparison.Ordinal);

    [GeneratedRegex(@"\bPPC\d{4}\b")]
    private static partial Regex RuleId();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex LocalLink();

    [GeneratedRegex(@"^(connector|dotnet run --project src/ConnectorSdk\.Cli --) (?<arguments>.+)$")]
    private static partial Regex ToolCommand();

    [GeneratedRegex(@"\(paths shortened\):\n\n```\n(?<lines>.*?)```", RegexOptions.Singleline)]
    private static partial Regex BuildOutputExample();
}
