using ConnectorSdk.DocumentationGenerator;

// Rewrites the rule tables of README.md and docs/rules/README.md from the rules the CLI ships, and the corpus
// shares of the error-level rules (their pages and docs/calibration.md) from tests/Data/corpus.
// `--check` writes nothing: it lists the documents that are out of date and exits with 1 (for CI).
var check = args is ["--check"];
if (args.Length > 0 && !check)
{
    Console.Error.WriteLine("usage: dotnet run --project tools/ConnectorSdk.DocumentationGenerator [-- --check]");
    return 2;
}

var rules = RuleDocuments.Rules;
IReadOnlyList<GeneratedDocument> documents;
try
{
    documents = [
        .. RuleDocuments.Generate(RuleDocuments.RepositoryFolder, rules),
        .. CorpusDocuments.Generate(RuleDocuments.RepositoryFolder, CorpusShares.Measure(RuleDocuments.RepositoryFolder)),
    ];
}
catch (InvalidDataException exception)
{
    Console.Error.WriteLine($"cannot generate the documentation: {exception.Message}");
    return 2;
}

var stale = documents.Where(document => !document.IsUpToDate).ToArray();
foreach (var document in stale)
{
    if (check)
    {
        Console.WriteLine($"{document.Path} is out of date");
    }
    else
    {
        File.WriteAllText(Path.Combine(RuleDocuments.RepositoryFolder, document.Path), document.Generated);
        Console.WriteLine($"{document.Path} updated");
    }
}

Console.WriteLine($"{rules.Count} rules; {stale.Length} of {documents.Count} documents {(check ? "out of date" : "updated")}");
return check && stale.Length > 0 ? 1 : 0;
