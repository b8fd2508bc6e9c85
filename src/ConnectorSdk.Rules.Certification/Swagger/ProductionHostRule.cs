using System.Text.Json;
using System.Text.RegularExpressions;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1012 (heuristic): the host of a connector submitted for certification looks like a production
/// host: no label of it names a development, test or staging environment, and it is not localhost or
/// an IP address. A word matches a whole label (<c>dev.contoso.com</c>), a label part between hyphens
/// (<c>api-dev</c>, <c>dev-api</c>) or a label followed by digits (<c>test2</c>); never a part of a word
/// (<c>developer</c>, <c>latest</c>, <c>contest</c>).
/// </summary>
public sealed partial class ProductionHostRule : ConnectorAnalyzer
{
    /// <summary>The .editorconfig key that replaces the default words (comma-separated).</summary>
    public const string WordsKey = ValueLists.NonProductionHostWordsKey;

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.NonProductionHost,
        title: "The host should be the production host of the service",
        messageFormat: "Host '{0}' looks like a non-production host: {1}; a certified connector must call the service's production URL",
        RuleCategories.Swagger,
        DiagnosticSeverity.Warning,
        AnalysisMode.Recommended,
        ConnectorKinds.Certification,
        description: "Certification requires the connector to point at the production service, not a development, test, staging or sandbox environment, localhost or a bare IP address. This is a heuristic on the host's labels; the words are configurable.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var root = context.Swagger.Root;
        if (!root.TryGetProperty("host", out var host) || host.Kind != JsonValueKind.String)
        {
            return;
        }

        var value = host.Value.GetString()!;
        var words = ValueLists.Read(context, root.File, WordsKey, ValueLists.NonProductionHostWords);
        if (Explain(value, words) is { } reason)
        {
            context.Report(Rule, host.Location, value, reason);
        }
    }

    /// <summary>Why the host looks like a non-production one, or null.</summary>
    private static string? Explain(string host, IReadOnlyList<string> words)
    {
        var name = PortSuffix().Replace(host, "");
        if (IPv4().IsMatch(name) || name.StartsWith('['))
        {
            return "it is an IP address, not a host name";
        }

        foreach (var label in name.Split('.'))
        {
            foreach (var word in words)
            {
                if (Names(label, word))
                {
                    return string.Equals(label, word, StringComparison.OrdinalIgnoreCase)
                        ? (string.Equals(word, "localhost", StringComparison.OrdinalIgnoreCase) ? "it is localhost, the machine the request is made from" : $"its label '{label}' names a '{word}' environment")
                        : $"its label '{label}' contains '{word}'";
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="word"/> is the label, a hyphen-separated part of it, or the label with a number after it.</summary>
    private static bool Names(string label, string word)
    {
        foreach (var part in label.Split('-'))
        {
            if (part.StartsWith(word, StringComparison.OrdinalIgnoreCase) && part.AsSpan(word.Length).IndexOfAnyExceptInRange('0', '9') < 0)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@":\d*$", RegexOptions.CultureInvariant)]
    private static partial Regex PortSuffix();

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){3}$", RegexOptions.CultureInvariant)]
    private static partial Regex IPv4();
}
