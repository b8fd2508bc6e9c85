namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>One connector published in microsoft/PowerPlatformConnectors.</summary>
internal sealed record PublishedConnector(string Folder, string Name, string Title, string Host)
{
    /// <summary>Where it lives in that repository, for messages: certified-connectors/Contoso.</summary>
    public string Path => $"{Folder}/{Name}";
}

/// <summary>
/// The published connectors PPC1034 compares with: the embedded <c>Data/published-connectors.tsv</c>
/// (folder, name, title, host, basePath; built from the public repository), parsed once on first use.
/// </summary>
internal static class PublishedConnectors
{
    public const string ResourceName = "ConnectorSdk.Rules.Certification.Data.published-connectors.tsv";

    private static readonly Lazy<IReadOnlyList<PublishedConnector>> LazyAll = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static IReadOnlyList<PublishedConnector> All => LazyAll.Value;

    /// <summary>
    /// Whether a host names one real service: placeholders (empty, "DefinedInConnectionParameters",
    /// no dot, templates) and Microsoft's fictional contoso/example domains say nothing about which API
    /// a connector calls.
    /// </summary>
    public static bool IsMeaningfulHost(string host)
        => host.Contains('.', StringComparison.Ordinal)
            && !host.Contains('{', StringComparison.Ordinal)
            && !host.Equals("contoso.com", StringComparison.OrdinalIgnoreCase) && !host.EndsWith(".contoso.com", StringComparison.OrdinalIgnoreCase)
            && !host.Equals("example.com", StringComparison.OrdinalIgnoreCase) && !host.EndsWith(".example.com", StringComparison.OrdinalIgnoreCase);

    private static List<PublishedConnector> Load()
    {
        using var stream = typeof(PublishedConnectors).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the certification pack.");
        using var reader = new StreamReader(stream);
        var connectors = new List<PublishedConnector>();
        reader.ReadLine(); // header: folder, name, title, host, basePath
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            if (cells.Length >= 4)
            {
                connectors.Add(new PublishedConnector(cells[0].Trim(), cells[1].Trim(), cells[2].Trim(), cells[3].Trim()));
            }
        }

        return connectors;
    }
}
