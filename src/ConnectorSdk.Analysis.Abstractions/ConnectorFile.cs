namespace ConnectorSdk.Analysis;

/// <summary>The role of a file in a connector folder.</summary>
public enum ConnectorFileKind
{
    ApiDefinition,
    ApiProperties,
    Readme,
    Intro,
    Icon,
    Script,
    Settings,
}

/// <summary>A file of the connector: where it is and what it is. Rules never read files themselves.</summary>
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

    public bool IsJson => Kind is ConnectorFileKind.ApiDefinition or ConnectorFileKind.ApiProperties or ConnectorFileKind.Settings;
}
