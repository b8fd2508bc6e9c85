using System.CommandLine;
using System.Reflection;
using ConnectorSdk.Analysis.Loading;

namespace ConnectorSdk.Cli;

/// <summary>
/// <c>connector init PATH</c>: makes an existing connector folder a connector project by writing
/// <c>&lt;folder name&gt;.csproj</c> into it, and nothing else. The project names this tool's version of the
/// ConnectorSdk project SDK; its kind is detected from the folder, as <c>connector validate</c> detects it.
/// </summary>
internal sealed class InitCommand : Command
{
    /// <summary>The version of this build, without the commit that <c>--version</c> appends after '+'.</summary>
    internal static string SdkVersion { get; } = typeof(InitCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    private readonly Argument<string> _folder = new("PATH")
    {
        Description = "An existing connector folder (it holds apiDefinition.swagger.json or apiProperties.json) without a project file",
    };

    public InitCommand()
        : base("init", "Write <folder name>.csproj into a connector folder, so that `dotnet build` validates it with the ConnectorSdk project SDK")
    {
        Arguments.Add(_folder);
        SetAction(parseResult =>
        {
            var path = parseResult.GetRequiredValue(_folder);
            var project = WriteProject(path);
            parseResult.InvocationConfiguration.Output.WriteLine($"Wrote {project}; `dotnet build` there validates the connector.");
            return ExitCodes.Success;
        });
    }

    /// <summary>Writes the project file into <paramref name="path"/> and returns its path; refuses a folder that is not a connector's or that has a project.</summary>
    private static string WriteProject(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new UsageException($"'{path}' is not a folder; `connector init` makes an existing connector folder a project.");
        }

        if (Directory.EnumerateFiles(path, "*.csproj").FirstOrDefault() is { } existing)
        {
            throw new UsageException($"'{path}' already holds a project file, {Path.GetFileName(existing)}; `connector init` writes one only into a folder without any.");
        }

        if (!ConnectorFiles.IsConnectorFolder(path))
        {
            throw new UsageException($"'{path}' holds neither apiDefinition.swagger.json nor apiProperties.json; `connector init` needs a connector folder.");
        }

        var folder = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var project = Path.Combine(path, Path.GetFileName(folder) + ".csproj");
        using var writer = new StreamWriter(new FileStream(project, FileMode.CreateNew, FileAccess.Write));
        writer.Write($"""
            <!-- The connector project: `dotnet build` validates the connector files beside it. ConnectorKind (Certified,
                 IndependentPublisher or Custom) is detected from the folders above; set it here to choose. -->
            <Project Sdk="ConnectorSdk/{SdkVersion}">
            </Project>

            """);
        return project;
    }
}
