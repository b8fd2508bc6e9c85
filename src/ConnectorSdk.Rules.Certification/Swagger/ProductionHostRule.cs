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
internal sealed partial class ProductionHostRule : ConnectorAnalyzer
{
    /// <summary>The .editorconfig key that replaces the default words (comma-separated).</summary>
    public const string WordsKey = ValueLists.NonProductionHostWordsKey;

    private const string Title = "The host should be the production host of the service";

    private const string Description = "Certification requires the connector to point at the production service, not a development, test, staging or sandbox environment, localhost or a bare IP address. This is a heuristic on the host's labels; the words are configurable.";

    private const string Advice = "a certified connector must call the service's production URL";

    /// <summary>{0}: the host.</summary>
    public static readonly DiagnosticDescriptor IpAddress = Create($"Host '{{0}}' looks like a non-production host: it is an IP address, not a host name; {Advice}");

    /// <summary>{0}: the host.</summary>
    public static readonly DiagnosticDescriptor Localhost = Create($"Host '{{0}}' looks like a non-production host: it is localhost, the machine the request is made from; {Advice}");

    /// <summary>A label is an environment's word. {0}: the host; {1}: the label; {2}: the word.</summary>
    public static readonly DiagnosticDescriptor EnvironmentLabel = Create($"Host '{{0}}' looks like a non-production host: its label '{{1}}' names a '{{2}}' environment; {Advice}");

    /// <summary>A label holds an environment's word with other parts. {0}: the host; {1}: the label; {2}: the word.</summary>
    public static readonly DiagnosticDescriptor EnvironmentWord = Create($"Host '{{0}}' looks like a non-production host: its label '{{1}}' contains '{{2}}'; {Advice}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [IpAddress, Localhost, EnvironmentLabel, EnvironmentWord];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var root = context.Swagger.Root;
        if (!root.TryGetProperty("host", out var host) || host.Kind != JsonValueKind.String)
        {
            return;
        }

        var value = host.Value.GetString()!;
        var name = PortSuffix().Replace(value, "");
        if (IPv4().IsMatch(name) || name.StartsWith('['))
        {
            context.Report(IpAddress, host.Location, value);
            return;
        }

        var words = ValueLists.Read(context, root.File, WordsKey, ValueLists.NonProductionHostWords);
        foreach (var label in name.Split('.'))
        {
            foreach (var word in words)
            {
                if (Names(label, word))
                {
                    if (!string.Equals(label, word, StringComparison.OrdinalIgnoreCase))
                    {
                        context.Report(EnvironmentWord, host.Location, value, label, word);
                    }
                    else if (string.Equals(word, "localhost", StringComparison.OrdinalIgnoreCase))
                    {
                        context.Report(Localhost, host.Location, value);
                    }
                    else
                    {
                        context.Report(EnvironmentLabel, host.Location, value, label, word);
                    }

                    return;
                }
            }
        }
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

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.NonProductionHost, Title, messageFormat, DiagnosticSeverity.Warning, Description, ConnectorKinds.Certification, AnalysisMode.Recommended);
}
