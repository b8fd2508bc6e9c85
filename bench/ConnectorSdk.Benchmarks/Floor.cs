using System.Text.Json;

namespace ConnectorSdk.Benchmarks;

/// <summary>
/// The least any validator must do: find every apiDefinition.swagger.json and apiProperties.json, read it,
/// parse it leniently and visit every node. Single-threaded, like the floor the project's performance
/// targets were set against, so that its figures compare with them.
/// </summary>
internal static class Floor
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static int Run(string root)
    {
        int files = 0, unparseable = 0;
        long bytes = 0, nodes = 0;
        foreach (var path in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Where(IsConnectorJson))
        {
            var content = File.ReadAllBytes(path);
            files++;
            bytes += content.Length;
            try
            {
                using var document = JsonDocument.Parse(content, Lenient);
                nodes += CountNodes(document.RootElement);
            }
            catch (JsonException)
            {
                unparseable++;
            }
        }

        Console.WriteLine($"{files} files, {bytes / 1e6:F1} MB, {unparseable} unparseable, {nodes} nodes");
        return 0;
    }

    private static bool IsConnectorJson(string path)
    {
        var name = Path.GetFileName(path);
        return name.Equals("apiDefinition.swagger.json", StringComparison.OrdinalIgnoreCase) || name.Equals("apiProperties.json", StringComparison.OrdinalIgnoreCase);
    }

    private static long CountNodes(JsonElement element) => 1 + element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Sum(property => CountNodes(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().Sum(CountNodes),
        _ => 0,
    };
}
