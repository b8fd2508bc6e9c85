namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

/// <summary>Small swaggers for the rules' tests: the paths given, and any other root members after them.</summary>
internal static class Swaggers
{
    public static string With(string paths, string more = "")
        => """{ "swagger": "2.0", "info": { "title": "Contoso", "version": "1.0" }, "host": "api.contoso.com", "basePath": "/", "paths": { """ + paths + " }" + more + " }";

    /// <summary>GET /items, ListItems, with the parameters given.</summary>
    public static string ListItems(string parameters, string responseSchema = """{ "type": "object" }""")
        => With("""
            "/items": {
              "get": {
                "operationId": "ListItems",
                "parameters": [ 
            """ + parameters + """
             ],
                "responses": { "200": { "description": "OK", "schema": 
            """ + responseSchema + """
             } }
              }
            }
            """);

    /// <summary>POST /items, CreateItem, with a body of the schema given.</summary>
    public static string CreateItem(string bodySchema, string more = "")
        => With("""
            "/items": {
              "post": {
                "operationId": "CreateItem",
                "parameters": [ { "name": "item", "in": "body", "required": true, "schema": 
            """ + bodySchema + """
             } ],
                "responses": { "200": { "description": "OK" } }
              }
            }
            """, more);
}
