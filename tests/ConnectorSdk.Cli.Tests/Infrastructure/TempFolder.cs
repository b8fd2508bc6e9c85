namespace ConnectorSdk.Cli.Tests.Infrastructure;

/// <summary>A fresh temporary folder for connector files, deleted with everything in it afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("connector-cli-tests-").FullName;

    /// <summary>Writes a file under the folder, creating the folders on the way, and returns its full path.</summary>
    public string Write(string relativePath, string content)
    {
        var fullPath = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, content);
        return fullPath;
    }

    /// <summary>A connector whose files are well-formed JSON: clean when only the infrastructure rules run (--mode None).</summary>
    public string WriteCleanConnector(string folder)
    {
        Write($"{folder}/apiDefinition.swagger.json", Samples.Swagger);
        Write($"{folder}/apiProperties.json", Samples.ApiProperties);
        return System.IO.Path.Combine(Path, folder);
    }

    /// <summary>A connector without apiProperties.json: PPC0001, an error whatever the mode and kind.</summary>
    public string WriteConnectorMissingApiProperties(string folder)
    {
        Write($"{folder}/apiDefinition.swagger.json", Samples.Swagger);
        return System.IO.Path.Combine(Path, folder);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

internal static class Samples
{
    public const string Swagger = """
        {
          "swagger": "2.0",
          "info": { "title": "Contoso", "description": "Contoso's items.", "version": "1.0" },
          "host": "api.contoso.com",
          "basePath": "/",
          "schemes": [ "https" ],
          "paths": {}
        }
        """;

    public const string ApiProperties = """
        { "properties": { "iconBrandColor": "#007ee5" } }
        """;

    /// <summary>YAML, which no lenient JSON reading recovers: PPC0002, with a span.</summary>
    public const string UnreadableSwagger = """
        swagger: "2.0"
        info:
          title: Contoso
        """;
}
