namespace ConnectorSdk.Analysis.Running;

/// <summary>The diagnostics the engine itself reports (PPC0xxx): files, JSON, configuration, analyzers.</summary>
internal static class InfrastructureDiagnostics
{
    public const string Category = "Infrastructure";

    public static readonly DiagnosticDescriptor RequiredFileMissing = Create(
        "PPC0001", "A required connector file is missing",
        "The connector has no {0}; every connector needs one (file names match in any letter case)",
        DiagnosticSeverity.Error,
        "A connector folder must hold apiDefinition.swagger.json and apiProperties.json; the platform cannot import a connector without them. A swagger under another name (*.swagger.json) does not count, though the only one is analyzed in its place.");

    /// <summary>{0}: the one misnamed swagger's file name, analyzed as the connector's swagger; reported at that file.</summary>
    public static readonly DiagnosticDescriptor SwaggerMisnamed = Create(
        "PPC0001", RequiredFileMissing.Title,
        "The connector has no apiDefinition.swagger.json; '{0}' was analyzed in its place, but certification requires the exact name: rename it to apiDefinition.swagger.json",
        DiagnosticSeverity.Error,
        RequiredFileMissing.Description);

    /// <summary>{0}: the misnamed swaggers' file names, quoted and listed; none was analyzed.</summary>
    public static readonly DiagnosticDescriptor SwaggersMisnamed = Create(
        "PPC0001", RequiredFileMissing.Title,
        "The connector has no apiDefinition.swagger.json but {0} beside it; none was analyzed, as it is unclear which one is the connector's swagger: rename that one to apiDefinition.swagger.json",
        DiagnosticSeverity.Error,
        RequiredFileMissing.Description);

    public static readonly DiagnosticDescriptor JsonUnreadable = Create(
        "PPC0002", "A JSON file cannot be read",
        "{0} cannot be read as JSON at line {1}, column {2}: {3}",
        DiagnosticSeverity.Error,
        "The file is not JSON even for a lenient reader (one that accepts trailing commas, comments, missing commas and raw control characters), so nothing in it can be analyzed; or its root object closes before members that follow it, which are then analyzed as the root's.");

    /// <summary>{0}: the file name; {1}: the line of the first misplaced field; {2}: the operation closed early (its method); {3}: that field; {4}: the path.</summary>
    public static readonly DiagnosticDescriptor StrayBraceInPathItem = Create(
        "PPC0002", "A JSON file cannot be read",
        "{0}: probably an extra '}}' before line {1}: it closes operation '{2}' early, so its field '{3}' and those after it are read as fields of path item '{4}'; the file is analyzed as read",
        DiagnosticSeverity.Error,
        JsonUnreadable.Description);

    /// <summary>{0}: the file name; {1}: the line of the first path read at the root; {2}: the member closed early ('paths'); {3}: that path.</summary>
    public static readonly DiagnosticDescriptor StrayBraceAtRoot = Create(
        "PPC0002", "A JSON file cannot be read",
        "{0}: probably an extra '}}' before line {1}: it closes '{2}' early, so path '{3}' and those after it are read as members of the root; the file is analyzed as read",
        DiagnosticSeverity.Error,
        JsonUnreadable.Description);

    public static readonly DiagnosticDescriptor JsonLenient = Create(
        "PPC0003", "JSON that only a lenient reader accepts",
        "{0}: {1}; strict JSON readers reject this",
        DiagnosticSeverity.Warning,
        "The platform reads this file, but it is not standard JSON: other tools (paconn, editors, the certification pipeline's schema checks) may reject it.");

    public static readonly DiagnosticDescriptor NotUtf8 = Create(
        "PPC0004", "File is not UTF-8",
        "{0} is not valid UTF-8 ({1}); it was read as Windows-1252",
        DiagnosticSeverity.Warning,
        "Connector files must be UTF-8. Text in another encoding shows wrong characters to users and may be rejected.");

    public static readonly DiagnosticDescriptor DuplicateKey = Create(
        "PPC0005", "Duplicate key in a JSON object",
        "Property '{0}' is repeated in the same object; only its last value is used",
        DiagnosticSeverity.Warning,
        "JSON objects should not repeat a property name. The platform keeps the last value, so the earlier one is silently ignored.");

    public static readonly DiagnosticDescriptor AnalyzerFailed = Create(
        "PPC0006", "An analyzer failed",
        "Analyzer '{1}' of rule pack '{0}' threw {2}: {3}; its other checks were skipped for this connector",
        DiagnosticSeverity.Error,
        "A rule threw an exception. The rest of the analysis ran; report the failure to the pack's authors.");

    public static readonly DiagnosticDescriptor RulePackInvalid = Create(
        "PPC0007", "A rule pack is invalid",
        "Rule pack '{0}': {1}",
        DiagnosticSeverity.Error,
        "A third-party rule pack could not be loaded, reported an id it does not declare, or declares an id that another pack (or the engine) already declares. The analysis ran without the offending analyzers.");

    public static readonly DiagnosticDescriptor InvalidConfiguration = Create(
        "PPC0008", "Invalid configuration",
        "{0}: {1}; the entry is ignored",
        DiagnosticSeverity.Warning,
        "A line of an .editorconfig or .globalconfig file cannot be applied: it is malformed, gives an unknown severity, or names a rule that no loaded rule pack declares; or an entry of connector.suppressions.json is not an object with string id and file. The rules it meant to configure keep their other settings.");

    public static readonly DiagnosticDescriptor FileTooLarge = Create(
        "PPC0009", "File too large to analyze",
        "{0} has {1:N0} bytes, more than the analysis limit of {2:N0} bytes; it was not analyzed",
        DiagnosticSeverity.Error,
        "Files above the analysis limit are skipped to keep memory bounded. Connector files are far smaller than the limit; a file this large is almost certainly a mistake.");

    public static readonly DiagnosticDescriptor BaselineUnreadable = Create(
        "PPC0010", "The baseline cannot be read",
        "The baseline '{0}' cannot be read: {1}",
        DiagnosticSeverity.Error,
        "The previous version of the connector, which breaking changes are checked against, is not where the baseline setting says, or is not an OpenAPI 2.0 document that can be read as JSON; no comparison was made.");

    /// <summary>PPC0010's reason when the setting names neither a file nor a folder.</summary>
    public const string BaselineNotFound = "it is neither a swagger file nor a connector folder";

    public static readonly DiagnosticDescriptor SuppressionUnused = Create(
        "PPC0011", "A suppression matches no finding",
        "This suppression entry suppresses nothing: {0}",
        DiagnosticSeverity.Info,
        "An entry of connector.suppressions.json matches no finding (id, file and JSON pointer). Stale suppressions hide nothing today but would silently hide a future finding; remove them.");

    /// <summary>A host's own setting (an MSBuild property or item metadata) has a value the SDK cannot use; logged at the project file.</summary>
    public static readonly DiagnosticDescriptor InvalidSetting = Create(
        "PPC0012", "A setting has a value the SDK cannot use",
        "{0} '{1}' cannot be used: expected {2}",
        DiagnosticSeverity.Error,
        "A property of the connector project (ConnectorKind, ConnectorAnalysisMode, ErrorLog, ConnectorHelpLinkBase) or the Kind of a ConnectorFile item has a value the SDK does not know. The connector is not analyzed until it is corrected.");

    /// <summary>The folder a connector project analyzes does not exist; logged at the project file.</summary>
    public static readonly DiagnosticDescriptor ConnectorFolderMissing = Create(
        "PPC0013", "The connector folder does not exist",
        "ConnectorFolder '{0}' does not exist",
        DiagnosticSeverity.Error,
        "The ConnectorFolder property names the folder whose connector files the build analyzes; it must exist.");

    /// <summary>The MSBuild that runs the build is older than the SDK supports; logged by the SDK's targets, which also give the message's text.</summary>
    public static readonly DiagnosticDescriptor MSBuildTooOld = Create(
        "PPC0014", "The MSBuild running the build is too old",
        "MSBuild {0} cannot build connector projects: ConnectorSdk needs MSBuild {1} or later (Visual Studio 2022 or later, or the .NET SDK)",
        DiagnosticSeverity.Error,
        "The SDK's tasks run on MSBuild 17.0 and later: in process under `dotnet build`, in the .NET task host of Visual Studio 2026's MSBuild 18, through the connector command line under Visual Studio 2022's MSBuild 17. An older MSBuild stops the build before anything is analyzed.");

    /// <summary>The .NET Framework task could not run the connector command line; logged by that task (ConnectorSdk.Build.CliTasks), which gives the reason.</summary>
    public static readonly DiagnosticDescriptor CliFailed = Create(
        "PPC0015", "The connector command line could not analyze the connector",
        "The connector command line could not analyze '{0}': {1}",
        DiagnosticSeverity.Error,
        "On .NET Framework MSBuild 17 (Visual Studio 2022), or with RunConnectorAnalysisWithCli, the build runs the connector command line shipped in the SDK package with the `dotnet` of DOTNET_HOST_PATH or PATH. When no `dotnet` can run it (none found, or no .NET 10 runtime), or the command fails or refuses the settings, the build reports why; nothing is analyzed.");

    /// <summary>
    /// One descriptor per rule; PPC0001 also reports in the shapes of <see cref="SwaggerMisnamed"/> and <see cref="SwaggersMisnamed"/>,
    /// PPC0002 in those of <see cref="StrayBraceInPathItem"/> and <see cref="StrayBraceAtRoot"/>.
    /// </summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [RequiredFileMissing, JsonUnreadable, JsonLenient, NotUtf8, DuplicateKey, AnalyzerFailed, RulePackInvalid, InvalidConfiguration, FileTooLarge, BaselineUnreadable, SuppressionUnused, InvalidSetting, ConnectorFolderMissing, MSBuildTooOld, CliFailed];

    /// <summary>The engine's descriptor helper: every infrastructure rule is on in every mode for every kind, its page is docs/rules/{id}.md.</summary>
    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description)
        => new(id, title, message, Category, severity, AnalysisMode.None, ConnectorKinds.All, description, helpLinkUri: $"docs/rules/{id}.md");
}
