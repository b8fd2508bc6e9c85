using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Analysis;

/// <summary>The connector under analysis, as every action sees it.</summary>
public sealed class Connector
{
    // One per file, in the order of Files.
    private readonly IReadOnlyList<long> _fileLengths;

    internal Connector(string folderPath, ConnectorKind kind, IReadOnlyList<ConnectorFile> files, IReadOnlyList<long> fileLengths, SwaggerDocument? swagger, SourceElement? apiProperties, bool isMicrosoftPublished, ConnectorConfigOptions options)
    {
        _fileLengths = fileLengths;
        Options = options;
        FolderPath = folderPath;
        Kind = kind;
        Files = files;
        Swagger = swagger;
        ApiProperties = apiProperties;
        IsMicrosoftPublished = isMicrosoftPublished;
        Values = new ConnectorValues(this);
    }

    /// <summary>The connector's folder (where missing files are expected).</summary>
    public string FolderPath { get; }

    /// <summary>What the connector is published as, which decides the rules that apply and their severities.</summary>
    public ConnectorKind Kind { get; }

    /// <summary>The connector files that exist.</summary>
    public IReadOnlyList<ConnectorFile> Files { get; }

    /// <summary>The swagger, or null when it is missing or cannot be read as JSON (its root may be any JSON value).</summary>
    public SwaggerDocument? Swagger { get; }

    /// <summary>The root of apiProperties.json (any JSON value), or null when it is missing or cannot be read as JSON.</summary>
    public SourceElement? ApiProperties { get; }

    /// <summary>
    /// True for a connector Microsoft publishes itself (certified-connectors/ holds them too): they are not held to the
    /// verified-publisher submission rules (contact, x-ms-connector-metadata, product names in the title). Detected from
    /// apiProperties' <c>publisher</c> ("Microsoft", "Microsoft Corporation") or, without one, a host Microsoft owns;
    /// <c>connectorsdk.microsoft_published = true|false</c> overrides it.
    /// </summary>
    public bool IsMicrosoftPublished { get; }

    /// <summary>The configuration keys that apply to each file; read through <see cref="ConnectorContext.Options"/>.</summary>
    internal ConnectorConfigOptions Options { get; }

    /// <summary>The shared values of this run (<see cref="ConnectorContext.GetValue{TValue}"/>): a connector belongs to one run.</summary>
    internal ConnectorValues Values { get; }

    /// <summary>The size in bytes of a connector file as stored (a BOM included), or null when there is no such file.</summary>
    public long? GetFileLength(ConnectorFileKind kind)
    {
        for (var i = 0; i < Files.Count; i++)
        {
            if (Files[i].Kind == kind)
            {
                return _fileLengths[i];
            }
        }

        return null;
    }

    /// <summary>The connector's file of this kind, or null when there is none.</summary>
    public ConnectorFile? GetFile(ConnectorFileKind kind) => Files.FirstOrDefault(file => file.Kind == kind);

    /// <summary>The path where a connector file is, or where it would be by convention.</summary>
    public string PathOf(ConnectorFileKind kind) => GetFile(kind)?.Path ?? System.IO.Path.Combine(FolderPath, ConnectorFile.ConventionalName(kind));
}
