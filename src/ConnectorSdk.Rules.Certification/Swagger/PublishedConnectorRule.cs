using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1034: the title or host is that of a connector already published; Microsoft certifies one
/// connector per service. A connector that updates a published one (same folder name, or same title
/// and host) is not reported.
/// </summary>
internal sealed class PublishedConnectorRule : ConnectorAnalyzer
{
    private const int MaxNamed = 3;

    private const string Title = "The connector's title or host is that of a published connector";

    private const string Description = "Titles must be unique among published connectors, and a second connector for the same API is not certified; the pack ships the list of connectors published in microsoft/PowerPlatformConnectors to warn in the planning step.";

    private const string Advice = "Microsoft certifies one connector per service: update that connector (same folder name) or choose a title that names your own service";

    /// <summary>{0}: the title; {1}: the published connector, "'Title' (path)".</summary>
    public static readonly DiagnosticDescriptor TitleUsed = Create($"Title '{{0}}' is already used by the published connector {{1}}; {Advice}");

    /// <summary>{0}: the title; {1}: how many published connectors have it; {2}: the first few, "'Title' (path)".</summary>
    public static readonly DiagnosticDescriptor TitleUsedSeveral = Create($"Title '{{0}}' is already used by {{1}} published connectors, including {{2}}; {Advice}");

    /// <summary>{0}: the host; {1}: the published connector, "'Title' (path)".</summary>
    public static readonly DiagnosticDescriptor HostUsed = Create($"Host '{{0}}' is already used by the published connector {{1}}; {Advice}");

    /// <summary>{0}: the host; {1}: how many published connectors have it; {2}: the first few, "'Title' (path)".</summary>
    public static readonly DiagnosticDescriptor HostUsedSeveral = Create($"Host '{{0}}' is already used by {{1}} published connectors, including {{2}}; {Advice}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [TitleUsed, TitleUsedSeveral, HostUsed, HostUsedSeveral];

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
            Report(context, TitleUsed, TitleUsedSeveral, titleElement.Location, title, sameTitle);
        }

        if (hasHost && PublishedConnectors.IsMeaningfulHost(host)
            && published.Where(entry => Same(entry.Host, host)).ToList() is { Count: > 0 } sameHost)
        {
            Report(context, HostUsed, HostUsedSeveral, hostElement.Location, host, sameHost);
        }
    }

    /// <summary>The rule in rules.md: the folder name, or the title together with the host, equals the entry's.</summary>
    private static bool IsUpdateOf(PublishedConnector entry, string folderName, string title, string host)
        => Same(entry.Name, folderName) || (title.Length > 0 && Same(entry.Title, title) && Same(entry.Host, host));

    private static bool Same(string published, string value) => string.Equals(published, value, StringComparison.OrdinalIgnoreCase);

    /// <summary>Names the published connectors <paramref name="value"/> matches: the one, or how many and the first few.</summary>
    private static void Report(SwaggerContext context, DiagnosticDescriptor one, DiagnosticDescriptor several, Location location, string value, List<PublishedConnector> matches)
    {
        var named = string.Join(", ", matches.Take(MaxNamed).Select(entry => $"'{entry.Title}' ({entry.Path})"));
        if (matches.Count == 1)
        {
            context.Report(one, location, value, named);
        }
        else
        {
            context.Report(several, location, value, matches.Count, named);
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.PublishedConnectorExists, Title, messageFormat, DiagnosticSeverity.Warning, Description, ConnectorKinds.Certification, AnalysisMode.Recommended);
}
