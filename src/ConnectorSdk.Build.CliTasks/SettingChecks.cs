using Microsoft.Build.Framework;

namespace ConnectorSdk.Build.CliTasks;

/// <summary>
/// The task's settings checked before the command runs, as the hosting layer checks the .NET task's (HostOptions.FromMsBuild,
/// AnalyzeConnector): each value the SDK cannot use is one PPC0012 message, the same words in the same order. The accepted
/// names are the hosting layer's HostValues, the engine's enums, which this .NET Framework assembly cannot load; a test
/// keeps the lists equal.
/// </summary>
internal static class SettingChecks
{
    public static readonly string[] KindNames = ["Custom", "Certified", "IndependentPublisher"];

    public static readonly string[] ModeNames = ["None", "Default", "Recommended", "All"];

    public static readonly string[] FileKindNames = ["ApiDefinition", "ApiProperties", "Readme", "Intro", "Icon", "Script", "Settings"];

    /// <summary>PPC0012's message for every value the SDK cannot use; none when all are usable.</summary>
    public static IEnumerable<string> Invalid(string? kind, string? mode, string? helpLinkBase, string? errorLog, IEnumerable<ITaskItem> files)
    {
        if (!IsEmptyOrOneOf(kind, KindNames))
        {
            yield return Message("ConnectorKind", kind!, OneOf(KindNames));
        }

        if (!IsEmptyOrOneOf(mode, ModeNames))
        {
            yield return Message("ConnectorAnalysisMode", mode!, OneOf(ModeNames));
        }

        if (!IsUsableHelpLinkBase(helpLinkBase))
        {
            yield return Message("ConnectorHelpLinkBase", helpLinkBase!, "an absolute address, e.g. https://github.com/owner/repo/blob/main/");
        }

        if (!(errorLog ?? "").Split(',').Skip(1).All(option => option.Trim() is "version=2" or "version=2.1"))
        {
            yield return Message("ErrorLog", errorLog!, "a SARIF path, optionally followed by ',version=2.1' (the only version ConnectorSdk writes)");
        }

        foreach (var file in files)
        {
            var fileKind = file.GetMetadata("Kind");
            if (fileKind.Trim().Length == 0 || !IsEmptyOrOneOf(fileKind, FileKindNames))
            {
                yield return Message($"ConnectorFile '{file.ItemSpec}' Kind", fileKind, OneOf(FileKindNames));
            }
        }
    }

    /// <summary>Empty, or an absolute address once a slash ends it (the engine's HelpLinks.TryParseBase).</summary>
    public static bool IsUsableHelpLinkBase(string? text)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length == 0 || Uri.TryCreate(trimmed.EndsWith("/", StringComparison.Ordinal) ? trimmed : trimmed + "/", UriKind.Absolute, out _);
    }

    private static bool IsEmptyOrOneOf(string? text, string[] names)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length == 0 || names.Any(name => name.Equals(trimmed, StringComparison.OrdinalIgnoreCase));
    }

    private static string OneOf(string[] names) => "one of " + string.Join(", ", names);

    private static string Message(string name, string value, string accepted) => $"{name} '{value}' cannot be used: expected {accepted}";
}
