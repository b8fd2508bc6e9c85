namespace ConnectorSdk.Analysis;

/// <summary>The role of a file in a connector folder.</summary>
public enum ConnectorFileKind
{
    /// <summary>apiDefinition.swagger.json, the OpenAPI 2.0 definition.</summary>
    ApiDefinition,

    /// <summary>apiProperties.json: authentication, branding, policies.</summary>
    ApiProperties,

    /// <summary>readme.md.</summary>
    Readme,

    /// <summary>intro.md (independent publisher connectors).</summary>
    Intro,

    /// <summary>icon.png.</summary>
    Icon,

    /// <summary>script.csx, the custom code.</summary>
    Script,

    /// <summary>settings.json, the paconn settings.</summary>
    Settings,
}

/// <summary>A file of the connector: where it is and what it is. Rules never read files themselves.</summary>
/// <param name="Kind">The file's role.</param>
/// <param name="Path">The file's full path (for a missing file, where it is expected).</param>
public sealed record ConnectorFile(ConnectorFileKind Kind, string Path)
{
    /// <summary>The name used by convention, matched case-insensitively when a folder is loaded.</summary>
    public static string ConventionalName(ConnectorFileKind kind) => kind switch
    {
        ConnectorFileKind.ApiDefinition => "apiDefinition.swagger.json",
        ConnectorFileKind.ApiProperties => "apiProperties.json",
        ConnectorFileKind.Readme => "readme.md",
        ConnectorFileKind.Intro => "intro.md",
        ConnectorFileKind.Icon => "icon.png",
        ConnectorFileKind.Script => "script.csx",
        ConnectorFileKind.Settings => "settings.json",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Whether the file is JSON (read by the engine's lenient reader).</summary>
    public bool IsJson => Kind is ConnectorFileKind.ApiDefinition or ConnectorFileKind.ApiProperties or ConnectorFileKind.Settings;
}
