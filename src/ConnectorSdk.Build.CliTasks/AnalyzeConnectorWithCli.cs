using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ConnectorSdk.Build.CliTasks;

/// <summary>
/// The .NET task's analysis (ConnectorSdk.Build.Tasks.AnalyzeConnector, the same parameters) through the connector
/// command line: <c>dotnet ConnectorSdk.Cli.dll validate FOLDER --format msbuild --output CACHE</c>, with the project's
/// properties as the command's flags, run by the <c>dotnet</c> of <see cref="DotnetHostPath"/>, else of PATH. Every record
/// is logged again with all its fields, and the records stay in <see cref="CacheFile"/> for
/// <see cref="ReplayConnectorRecords"/>. Whatever keeps the command from analyzing (no <c>dotnet</c>, no runtime for it,
/// a failure) is PPC0015 with the reason, at the project file. As for the .NET task, a missing folder is PPC0013, each
/// setting the SDK cannot use PPC0012 (<see cref="SettingChecks"/>), and a baseline that cannot be had PPC0010 (a record).
/// </summary>
public sealed class AnalyzeConnectorWithCli : ToolTask
{
    private readonly List<string> _output = [];
    private string _arguments = "";

    [Required]
    public string Folder { get; set; } = "";

    /// <summary>The <c>ConnectorFile</c> items, each with its <c>Kind</c> metadata: the command's <c>--file KIND=FILE</c>, exactly these files.</summary>
    public ITaskItem[] Files { get; set; } = [];

    public string? Kind { get; set; }

    public string? Mode { get; set; }

    public string? Baseline { get; set; }

    public string? HelpLinkBase { get; set; }

    /// <summary>Where to write SARIF 2.1.0, in Roslyn's syntax: <c>path[,version=2.1]</c>; the command runs once more for it.</summary>
    public string? ErrorLog { get; set; }

    public ITaskItem[] RulePacks { get; set; } = [];

    public string? NoWarn { get; set; }

    public string? WarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public bool TreatWarningsAsErrors { get; set; }

    [Required]
    public string CacheFile { get; set; } = "";

    [Required]
    public string ProjectFile { get; set; } = "";

    /// <summary>The framework-dependent command line, ConnectorSdk.Cli.dll, that the SDK package ships.</summary>
    [Required]
    public string Cli { get; set; } = "";

    /// <summary>The <c>dotnet</c> that MSBuild runs with (the DOTNET_HOST_PATH it sets); when empty or missing, the first <c>dotnet</c> on PATH.</summary>
    public string? DotnetHostPath { get; set; }

    [Output]
    public bool Analyzed { get; private set; }

    protected override string ToolName => Path.DirectorySeparatorChar == '\\' ? "dotnet.exe" : "dotnet";

    // The command writes UTF-8 whatever the console's code page.
    protected override Encoding StandardOutputEncoding => Encoding.UTF8;

    protected override Encoding StandardErrorEncoding => Encoding.UTF8;

    public override bool Execute()
    {
        Analyzed = true;
        var analyzed = Analyze();
        if (!analyzed || Log.HasLoggedErrors)
        {
            File.Delete(FromProject(CacheFile));
            return false;
        }

        return true;
    }

    private bool Analyze()
    {
        // The help links of the SDK's own codes use the project's base only when it is usable, as in the .NET task.
        var helpLinkBase = SettingChecks.IsUsableHelpLinkBase(HelpLinkBase) ? HelpLinkBase : null;
        var folderExists = Directory.Exists(FromProject(Folder));
        if (!folderExists)
        {
            ConnectorLog.LogAtProject(Log, ProjectFile, helpLinkBase, "PPC0013", $"ConnectorFolder '{Folder}' does not exist");
        }

        var invalid = SettingChecks.Invalid(Kind, Mode, HelpLinkBase, ErrorLog, Files).ToList();
        foreach (var message in invalid)
        {
            ConnectorLog.LogAtProject(Log, ProjectFile, helpLinkBase, "PPC0012", message);
        }

        if (!folderExists || invalid.Count > 0)
        {
            return false;
        }

        if (!File.Exists(Cli))
        {
            return Fail($"the SDK package has no command line at '{Cli}'; restore the project again");
        }

        if (GenerateFullPathToTool() is null)
        {
            return Fail("no `dotnet` to run the command with: DOTNET_HOST_PATH names none and there is none on PATH; install the .NET 10 runtime");
        }

        var sarif = (ErrorLog ?? "").Split(',')[0].Trim();
        if (!RunCli(Arguments("msbuild", CacheFile)) || (sarif.Length > 0 && !RunCli(Arguments("sarif", sarif))))
        {
            return false;
        }

        ConnectorRecord connector;
        try
        {
            using var records = new StreamReader(FromProject(CacheFile), Encoding.UTF8);
            connector = DiagnosticRecords.Read(records).Single();
        }
        catch (Exception exception) when (exception is IOException or FormatException or InvalidOperationException)
        {
            return Fail($"its report '{CacheFile}' cannot be read: {exception.Message}");
        }

        ConnectorLog.Log(Log, connector, replayed: false);
        return true;
    }

    /// <summary>Runs the command; true when it analyzed (exit code 0, or 1 for errors found), else PPC0015 with the reason it gave.</summary>
    private bool RunCli(string arguments)
    {
        _arguments = arguments;
        _output.Clear();
        base.Execute();
        if (ExitCode is 0 or 1)
        {
            return true;
        }

        const string CliError = "connector: error: ";
        var reason = _output.FirstOrDefault(line => line.StartsWith(CliError, StringComparison.Ordinal))?.Substring(CliError.Length)
            ?? string.Join(" ", _output.Where(line => line.Trim().Length > 0).Select(line => line.Trim()));
        return Fail($"`dotnet {Path.GetFileName(Cli)} validate` exited with code {ExitCode}: {(reason.Length == 0 ? "it gave no reason" : reason)}");
    }

    private bool Fail(string reason)
    {
        ConnectorLog.LogAtProject(Log, ProjectFile, HelpLinkBase, "PPC0015", $"The connector command line could not analyze '{Folder}': {reason}");
        return false;
    }

    /// <summary>The command line for one report; the project's properties become the command's flags, with the same meaning.</summary>
    private string Arguments(string format, string output)
    {
        var command = new CommandLineBuilder();
        command.AppendFileNameIfNotNull(Cli);
        command.AppendSwitch("validate");
        command.AppendFileNameIfNotNull(FromProject(Folder));
        command.AppendSwitchIfNotNull("--format ", format);
        command.AppendSwitchIfNotNull("--output ", FromProject(output));
        foreach (var file in Files)
        {
            command.AppendSwitchIfNotNull("--file ", $"{file.GetMetadata("Kind")}={file.GetMetadata("FullPath")}");
        }

        AppendIfSet(command, "--kind ", Kind);
        AppendIfSet(command, "--mode ", Mode);
        AppendIfSet(command, "--baseline ", Baseline);
        AppendIfSet(command, "--help-link-base ", HelpLinkBase);
        foreach (var pack in RulePacks)
        {
            command.AppendSwitchIfNotNull("--rule-pack ", pack.GetMetadata("FullPath"));
        }

        AppendIds(command, "--nowarn ", NoWarn);
        AppendIds(command, "--warnaserror:", WarningsAsErrors);
        AppendIds(command, "--warnnotaserror ", WarningsNotAsErrors);
        if (TreatWarningsAsErrors)
        {
            command.AppendSwitch("--warnaserror");
        }

        return command.ToString();
    }

    private static void AppendIfSet(CommandLineBuilder command, string option, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            command.AppendSwitchIfNotNull(option, value!.Trim());
        }
    }

    /// <summary>
    /// The ids of an MSBuild warning list, which may hold other tools' codes too (<c>1701;NU1603</c>): the command takes
    /// ids only (letters, then digits, as the hosting layer's WarningFlags.IsId), and one unknown to its rules is ignored.
    /// </summary>
    private static void AppendIds(CommandLineBuilder command, string option, string? list)
    {
        var ids = (list ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries).Select(id => id.Trim()).Where(IsId).ToList();
        if (ids.Count > 0)
        {
            command.AppendSwitchIfNotNull(option, string.Join(",", ids));
        }
    }

    private static bool IsId(string text)
    {
        var letters = text.TakeWhile(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z')).Count();
        var digits = text.Skip(letters).TakeWhile(c => c is >= '0' and <= '9').Count();
        return letters > 0 && digits > 0 && letters + digits == text.Length;
    }

    protected override string GenerateCommandLineCommands() => _arguments;

    /// <summary>The <c>dotnet</c> of <see cref="DotnetHostPath"/>, else the first on the PATH the command gets; null when there is none.</summary>
    protected override string? GenerateFullPathToTool()
    {
        if (!string.IsNullOrEmpty(DotnetHostPath) && File.Exists(DotnetHostPath))
        {
            return DotnetHostPath;
        }

        var path = EnvironmentVariables?.Select(v => v.Split(['='], 2)).LastOrDefault(v => v.Length == 2 && v[0].Equals("PATH", StringComparison.OrdinalIgnoreCase))?[1]
            ?? Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split([Path.PathSeparator], StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder.Trim('"'), ToolName))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The project's folder, which relative paths (the folder, the baseline, the error log) are relative to, as for the .NET task.</summary>
    protected override string GetWorkingDirectory() => Path.GetDirectoryName(Path.GetFullPath(ProjectFile))!;

    private string FromProject(string path) => Path.Combine(GetWorkingDirectory(), path);

    /// <summary>The command's own output (its summary line, its reason for failing) is kept for PPC0015 and logged at low importance, never parsed as errors.</summary>
    protected override void LogEventsFromTextOutput(string singleLine, MessageImportance messageImportance)
    {
        _output.Add(singleLine);
        Log.LogMessage(MessageImportance.Low, singleLine);
    }

    protected override void LogToolCommand(string message) => Log.LogCommandLine(MessageImportance.Low, message);

    /// <summary>The exit code is read by <see cref="RunCli"/>, which logs PPC0015: never MSBuild's MSB6006.</summary>
    protected override bool HandleTaskExecutionErrors() => true;
}
