using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Loading;

namespace ConnectorSdk.Hosting;

/// <summary>
/// <c>git:REV</c>: a connector's files at a revision of the repository that holds it, read with the git command line
/// (the user's git, with its configuration, worktrees and object stores) into memory.
/// </summary>
internal static class GitBaseline
{
    public static ConnectorProject? Read(string connectorFolder, string revision, out string? problem)
    {
        problem = null;
        try
        {
            if (revision.Length == 0 || revision.StartsWith('-'))
            {
                problem = $"'{revision}' is not a git revision";
                return null;
            }

            if (Git(connectorFolder, ["rev-parse", "--show-toplevel"]) is not { ExitCode: 0 })
            {
                problem = $"'{connectorFolder}' is not inside a git repository";
                return null;
            }

            if (Git(connectorFolder, ["rev-parse", "--verify", "--quiet", revision + "^{commit}"]) is not { ExitCode: 0 })
            {
                problem = $"the repository that holds '{connectorFolder}' has no revision '{revision}'";
                return null;
            }

            // Names relative to the connector's folder at the revision; none when the folder did not exist then.
            var listing = Git(connectorFolder, ["ls-tree", "--name-only", revision, "--", "."]);
            var files = new InMemoryFileSystem();
            var folder = connectorFolder + "@" + revision;
            foreach (var name in listing.ExitCode == 0 ? Encoding.UTF8.GetString(listing.Output).Split('\n', StringSplitOptions.RemoveEmptyEntries) : [])
            {
                if (ConnectorFiles.TryGetKind(name, out var kind) && kind is ConnectorFileKind.ApiDefinition or ConnectorFileKind.ApiProperties
                    && Git(connectorFolder, ["show", revision + ":./" + name]) is { ExitCode: 0 } content)
                {
                    files.SetFile(Path.Combine(folder, name), content.Output);
                }
            }

            var previous = ConnectorProject.Load(folder, fileSystem: files);
            return previous.Files.Any(f => f.File.Kind == ConnectorFileKind.ApiDefinition) ? previous : null;
        }
        catch (Win32Exception exception)
        {
            problem = $"git cannot be run ({exception.Message}); git:REV reads the previous version with the git command line";
            return null;
        }
    }

    private static (int ExitCode, byte[] Output) Git(string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var errors = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        _ = errors.GetAwaiter().GetResult();
        return (process.ExitCode, output.ToArray());
    }
}
