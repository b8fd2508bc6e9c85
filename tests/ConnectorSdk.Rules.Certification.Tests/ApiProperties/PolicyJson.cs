namespace ConnectorSdk.Rules.Certification.Tests.ApiProperties;

/// <summary>apiProperties.json with the given policy template instances, and a swagger with operations ListItems and CreateItem.</summary>
internal static class PolicyJson
{
    public const string Swagger = """
        {
          "swagger": "2.0",
          "info": { "title": "Contoso", "version": "1.0" },
          "paths": {
            "/items": {
              "get": { "operationId": "ListItems", "responses": { "200": { "description": "OK" } } },
              "post": { "operationId": "CreateItem", "responses": { "200": { "description": "OK" } } }
            }
          }
        }
        """;

    public static string WithInstances(string instances) => $$"""
        { "properties": { "iconBrandColor": "#1f6fb2", "policyTemplateInstances": [ {{instances}} ] } }
        """;

    /// <summary>A complete setheader instance whose parameters end with <paramref name="more"/>.</summary>
    public static string SetHeader(string more = "") => $$"""
        {
          "templateId": "setheader",
          "title": "Version header",
          "parameters": {
            "x-ms-apimTemplateParameter.name": "api-version",
            "x-ms-apimTemplateParameter.value": "2024-01-01",
            "x-ms-apimTemplate-policySection": "Request"{{more}}
          }
        }
        """;
}
