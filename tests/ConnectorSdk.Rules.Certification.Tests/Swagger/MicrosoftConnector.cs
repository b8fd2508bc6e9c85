namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

/// <summary>apiProperties.json for the tests of Microsoft's own connectors (<c>Connector.IsMicrosoftPublished</c>).</summary>
internal static class MicrosoftConnector
{
    /// <summary>apiProperties with <paramref name="publisher"/>, or with no publisher when it is null.</summary>
    public static string ApiProperties(string? publisher)
        => publisher is null ? """{ "properties": { } }""" : $$"""{ "properties": { "publisher": "{{publisher}}" } }""";
}
