using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1034: the title or host is that of a connector already published; Microsoft certifies one
/// connector per service. A connector that updates a published one (same folder name, or same title
/// and host) is not reported.
/// </summary>
public sealed class PublishedConnectorRule : ConnectorAnalyzer
{
    private const int MaxNamed = 3;

    /// <summary>{0}: the element ("Title 'X'", "Host 'y'"); {1}: the published connectors it matches.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.PublishedConnectorExists,
        "The connector's title or host is that of a published connector",
        "{0} is already used by {1}; Microsoft certifies one connector per service: update that connector (same folder name) or choose a title that names your own service",
        RuleCategories.Swagger,
        DiagnosticSeverity.Warning,
        AnalysisMode.Recommended,
        ConnectorKinds.Certification,
        "Titles must be unique among published connectors, and a second connector for the same API is not certified; the pack ships the list of connectors published in microsoft/PowerPlatformConnectors to warn in the planning step.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var root = context.Swagger.Root;
        var hasTitle = ConnectorInfo.TryGetTitle(root, out var titleElement, out var title);
        title = title.Trim();
        var hasHost = root.TryGetProperty("host", out var hostElement) && hostElement.Kind == JsonValueKind.String;
        var host = hasHost ? hostElement.Value.GetString()!.Trim() : "";
        if (!hasTitle && !hasHost)
        {
            return;
        }

        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(context.Connector.FolderPath));
        var published = PublishedConnectors.All;
        if (published.Any(entry => IsUpdateOf(entry, folderName, title, host)))
        {
            return;
        }

        if (hasTitle && published.Where(entry => Same(entry.Title, title)).ToList() is { Count: > 0 } sameTitle)
        {
            context.Report(Rule, titleElement.Location, $"Title '{title}'", Name(sameTitle));
        }

        if (hasHost && PublishedConnectors.IsMeaningfulHost(host)
            && published.Where(entry => Same(entry.Host, host)).ToList() is { Count: > 0 } sameHost)
        {
            context.Report(Rule, hostElement.Location, $"Host '{host}'", Name(sameHost));
        }
    }

    /// <summary>The rule in rules.md: the folder name, or the title together with the host, equals the entry's.</summary>
    private static bool IsUpdateOf(PublishedConnector entry, string folderName, string title, string host)
        => Same(entry.Name, folderName) || (title.Length > 0 && Same(entry.Title, title) && Same(entry.Host, host));

    private static bool Same(string published, string value) => string.Equals(published, value, StringComparison.OrdinalIgnoreCase);

    private static string Name(IReadOnlyList<PublishedConnector> matches)
    {
        var named = string.Join(", ", matches.Take(MaxNamed).Select(entry => $"'{entry.Title}' ({entry.Path})"));
        return matches.Count == 1 ? $"the published connector {named}"
            : matches.Count <= MaxNamed ? $"the published connectors {named}"
            : $"the published connectors {named} and {matches.Count - MaxNamed} more";
    }
}
