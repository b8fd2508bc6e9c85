using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// The connector's test connection: <c>x-ms-capabilities.testConnection</c> at the document's root names the operation
/// the platform calls to check a new connection, with the values of its parameters.
/// </summary>
internal static class TestConnection
{
    public const string Capabilities = "x-ms-capabilities";

    public const string Name = "testConnection";

    /// <summary>The testConnection object and the operation it names; false when there is none, or it names none (PPC1055's).</summary>
    public static bool TryGet(SwaggerDocument swagger, out SourceElement testConnection, out SwaggerOperation operation)
    {
        operation = null!;
        testConnection = default;
        return swagger.Root.TryGetProperty(Capabilities, out var capabilities) && capabilities.TryGetProperty(Name, out testConnection)
            && testConnection.GetString("operationId") is { } id
            && (operation = swagger.Operations.FirstOrDefault(candidate => candidate.OperationId == id)!) is not null;
    }

    /// <summary>Whether the testConnection object gives a value for the parameter.</summary>
    public static bool Supplies(SourceElement testConnection, string name)
        => testConnection.Value.TryGetProperty("parameters"u8, out var parameters) && parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty(name, out _);
}
