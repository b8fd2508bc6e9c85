using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorSdk.Cli.Tests.Infrastructure;

namespace ConnectorSdk.Cli.Tests;

/// <summary>
/// Defects that certification reviewers and the swagger validator rejected in real connectors, planted into a copy of
/// a certified connector of the corpus: <c>validate --mode All</c> reports each one as an error, and none before.
/// </summary>
public sealed class PlantedDefectTests : IDisposable
{
    private const string Connector = "Cloudmersive Barcode";

    /// <summary>A certified connector with six webhook triggers.</summary>
    private const string WebhookConnector = "COSMO Bot";

    /// <summary>A certified connector that tests its connections with an internal GET.</summary>
    private const string TestConnectionConnector = "Pushcut";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ResponseAndSchemaDefects_AreReportedAsErrors()
    {
        var folder = CopyOfTheConnector();
        var swaggerPath = Path.Combine(folder, "apiDefinition.swagger.json");
        var planted = new[] { "PPC1130", "PPC1133", "PPC1134", "PPC1107", "PPC1112" };
        Assert.DoesNotContain(await ErrorsAsync(folder), error => planted.Contains(error.Id));

        var swagger = JsonNode.Parse(File.ReadAllText(swaggerPath))!;
        var paths = swagger["paths"]!;
        // No responses at all.
        paths["/barcode/lookup/ean"]!["post"]!.AsObject().Remove("responses");
        // A default response with a schema.
        paths["/barcode/scan/image"]!["post"]!["responses"]!["default"] = JsonNode.Parse("""{ "description": "Error", "schema": { "type": "object" } }""");
        // An empty response schema on 200.
        paths["/barcode/generate/qrcode"]!["post"]!["responses"]!["200"]!["schema"] = new JsonObject();
        var properties = swagger["definitions"]!["ProductMatch"]!["properties"]!;
        // A boolean whose enum holds an empty string.
        properties["Available"] = JsonNode.Parse("""{ "type": "boolean", "enum": [ "", true, false ] }""");
        // An array without items.
        properties["Tags"] = JsonNode.Parse("""{ "type": "array" }""");
        File.WriteAllText(swaggerPath, swagger.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var errors = (await ErrorsAsync(folder)).Where(error => planted.Contains(error.Id)).ToList();

        Assert.Equal(
            [
                ("PPC1130", "Operation 'BarcodeLookup_EanLookup' has no 'responses'"),
                ("PPC1133", "Operation 'BarcodeScan_Image' has a 'default' response with a schema"),
                ("PPC1134", "The 200 response of operation 'GenerateBarcode_QRCode' has an empty schema"),
                ("PPC1107", "The enum of property 'Available' lists \"\", a string, but the declared type is 'boolean'"),
                ("PPC1112", "The property 'Tags' is of type 'array' but has no 'items'"),
            ],
            errors.Select(error => (error.Id, error.Message[..error.Message.IndexOf(';', StringComparison.Ordinal)])).OrderBy(error => Array.IndexOf(planted, error.Id)));
    }

    [Fact]
    public async Task ApiPropertiesDefects_AreReportedAsErrors()
    {
        var folder = CopyOfTheConnector();
        var apiPropertiesPath = Path.Combine(folder, "apiProperties.json");
        var planted = new[] { "PPC2005", "PPC2006", "PPC2008", "PPC2011", "PPC2012", "PPC2017", "PPC2018", "PPC2019", "PPC2022" };
        Assert.DoesNotContain(await ErrorsAsync(folder), error => planted.Contains(error.Id));

        var apiProperties = JsonNode.Parse(File.ReadAllText(apiPropertiesPath))!;
        var properties = apiProperties["properties"]!.AsObject();
        // No publisher and no stackOwner.
        properties.Remove("publisher");
        properties.Remove("stackOwner");
        // An OAuth client secret written in the file.
        properties["connectionParameters"]!["token"] = JsonNode.Parse("""
            { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "oauth2generic", "clientId": "barcode-app", "clientSecret": "Qm9ndXNTZWNyZXRWYWx1ZTEyMw" } }
            """);
        // A parameter name with a space, and Azure AD settings without their login URI, tenant and resource.
        properties["connectionParameters"]!["base url"] = JsonNode.Parse("""{ "type": "string" }""");
        properties["connectionParameters"]!["aadToken"] = JsonNode.Parse("""{ "type": "oauthSetting", "oAuthSettings": { "identityProvider": "aad", "clientId": "barcode-app" } }""");
        // A header policy without its value, for an operation that does not exist, with an action the template does not know.
        properties["policyTemplateInstances"] = JsonNode.Parse("""
            [ { "templateId": "setheader", "title": "Version", "parameters": {
                "x-ms-apimTemplateParameter.name": "api-version", "x-ms-apimTemplate-policySection": "Request",
                "x-ms-apimTemplateParameter.existsAction": "replace", "x-ms-apimTemplate-operationName": [ "BarcodeLookup_Ean" ] } } ]
            """);
        // Operations sent through custom code that the folder does not have.
        properties["scriptOperations"] = JsonNode.Parse("""[ "BarcodeLookup_EanLookup" ]""");
        File.WriteAllText(apiPropertiesPath, apiProperties.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var errors = (await ErrorsAsync(folder)).Where(error => planted.Contains(error.Id)).ToList();

        Assert.Equal(
            [
                ("PPC2005", "'properties' has no 'publisher'"),
                ("PPC2006", "'properties' has no 'stackOwner'"),
                ("PPC2008", "Connection parameter 'base url' has a name the platform does not accept"),
                ("PPC2011", "The oAuthSettings of connection parameter 'aadToken' (aad) lack the customParameters 'loginUri', 'resourceUri' and 'tenantId'"),
                ("PPC2012", "The oAuthSettings of connection parameter 'token' hold a clientSecret of 26 characters"),
                ("PPC2017", "policyTemplateInstances[0] (setheader) lacks the parameters 'x-ms-apimTemplateParameter.value'"),
                ("PPC2018", "policyTemplateInstances[0] (setheader) lists \"BarcodeLookup_Ean\" in x-ms-apimTemplate-operationName, but no operation in apiDefinition.swagger.json has that operationId"),
                ("PPC2019", "The x-ms-apimTemplateParameter.existsAction of policyTemplateInstances[0] (setheader) is \"replace\""),
                ("PPC2022", "'scriptOperations' sends operations through custom code, but the connector has no script.csx"),
            ],
            errors.Select(error => (error.Id, error.Message[..error.Message.IndexOf(';', StringComparison.Ordinal)])).OrderBy(error => Array.IndexOf(planted, error.Id)));
    }

    [Fact]
    public async Task TriggerAndWebhookDefects_AreReportedAsErrors()
    {
        var folder = CopyOfTheConnector(WebhookConnector);
        var swaggerPath = Path.Combine(folder, "apiDefinition.swagger.json");
        var planted = new[] { "PPC1150", "PPC1152", "PPC1153", "PPC1154", "PPC1160" };
        Assert.DoesNotContain(await ErrorsAsync(folder), error => planted.Contains(error.Id));

        var swagger = JsonNode.Parse(File.ReadAllText(swaggerPath))!;
        var paths = swagger["paths"]!;
        // The callback URL property visible to users.
        BodyProperties(paths["/webhooks/new-ticket"]!)["url"]!.AsObject().Remove("x-ms-visibility");
        // A webhook that does not describe its notifications.
        paths["/webhooks/resolved-ticket"]!.AsObject().Remove("x-ms-notification-content");
        // A webhook trigger whose callback URL property lost its mark.
        BodyProperties(paths["/webhooks/new-answer"]!)["url"]!.AsObject().Remove("x-ms-notification-url");
        // A trigger kind the platform does not know.
        paths["/webhooks/update-answer"]!["post"]!["x-ms-trigger"] = "webhook";
        // Chunked transfer turned on with text instead of a boolean.
        paths["/webhooks/asked-question"]!["post"]!["x-ms-capabilities"] = JsonNode.Parse("""{ "chunkTransfer": "true" }""");
        File.WriteAllText(swaggerPath, swagger.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var errors = (await ErrorsAsync(folder)).Where(error => planted.Contains(error.Id)).ToList();

        Assert.Equal(
            [
                ("PPC1150", "Operation 'OnUpdateAnswer' has x-ms-trigger \"webhook\""),
                ("PPC1152", "Property 'url' of the body of operation 'OnNewTicket' carries the callback URL (x-ms-notification-url) but users would see it"),
                ("PPC1153", "Webhook operation 'OnResolvedTicket' registers a callback URL but neither it nor its path item has x-ms-notification-content"),
                ("PPC1154", "Trigger 'OnNewAnswer' registers a webhook but no parameter or body property is marked x-ms-notification-url"),
                ("PPC1160", "The x-ms-capabilities.chunkTransfer of operation 'OnAskedQuestion' is \"true\""),
            ],
            errors.Select(error => (error.Id, error.Message[..error.Message.IndexOf(';', StringComparison.Ordinal)])).OrderBy(error => Array.IndexOf(planted, error.Id)));

        static JsonNode BodyProperties(JsonNode pathItem) => pathItem["post"]!["parameters"]![0]!["schema"]!["properties"]!;
    }

    [Fact]
    public async Task DynamicExtensionDefects_AreReportedAsErrors()
    {
        var folder = CopyOfTheConnector("Assently E-Sign");
        var swaggerPath = Path.Combine(folder, "apiDefinition.swagger.json");
        var planted = new[] { "PPC1161", "PPC1164", "PPC1165", "PPC1167" };
        Assert.DoesNotContain(await ErrorsAsync(folder), error => planted.Contains(error.Id));

        var swagger = JsonNode.Parse(File.ReadAllText(swaggerPath))!;
        // x-ms-dynamic-values that names no operation to call.
        swagger["parameters"]!["eventPath_in_query"]!["x-ms-dynamic-values"]!.AsObject().Remove("operationId");
        // x-ms-dynamic-schema moved from a body parameter's schema onto the parameter.
        var body = swagger["paths"]!["/v2/findCases"]!["get"]!["parameters"]![0]!.AsObject();
        var dynamicSchema = body["schema"]!["x-ms-dynamic-schema"]!;
        body["schema"]!.AsObject().Remove("x-ms-dynamic-schema");
        body["x-ms-dynamic-schema"] = dynamicSchema;
        // A misspelled parameter of the called operation, so that its required one is not given either.
        var inputs = swagger["paths"]!["/v2/getCase"]!["get"]!["responses"]!["200"]!["schema"]!["x-ms-dynamic-schema"]!["parameters"]!.AsObject();
        inputs.Remove("schemaType");
        inputs["schema"] = "caseModel";
        // x-ms-dynamic-properties that looks for the properties elsewhere than x-ms-dynamic-schema.
        swagger["paths"]!["/v2/getCase"]!["get"]!["responses"]!["200"]!["schema"]!["x-ms-dynamic-properties"]!["itemValuePath"] = "schema/properties";
        File.WriteAllText(swaggerPath, swagger.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var errors = (await ErrorsAsync(folder)).Where(error => planted.Contains(error.Id)).ToList();

        Assert.Equal(
            [
                ("PPC1161", "x-ms-dynamic-values on parameter 'eventPath_in_query' has no operationId"),
                ("PPC1164", "x-ms-dynamic-properties on schema of response '200' of 'GetCase' has itemValuePath \"schema/properties\", but x-ms-dynamic-schema has value-path \"schema\""),
                ("PPC1165", "x-ms-dynamic-schema is on parameter 'FindCasesModel' (in body), a body parameter"),
                ("PPC1167", "x-ms-dynamic-schema on schema of response '200' of 'GetCase' passes 'schema' to operation 'GetSchema', which has no parameter or body property of that name"),
                ("PPC1167", "x-ms-dynamic-schema on schema of response '200' of 'GetCase' calls operation 'GetSchema' without its required parameter 'schemaType'"),
            ],
            errors.Select(error => (error.Id, error.Message[..error.Message.IndexOf(';', StringComparison.Ordinal)])).OrderBy(error => Array.IndexOf(planted, error.Id)));
    }

    [Fact]
    public async Task DynamicValuesAndVersioningDefects_AreReportedAsErrors()
    {
        var folder = CopyOfTheConnector("E-goi");
        var swaggerPath = Path.Combine(folder, "apiDefinition.swagger.json");
        var planted = new[] { "PPC1162", "PPC1166", "PPC1169" };
        Assert.DoesNotContain(await ErrorsAsync(folder), error => planted.Contains(error.Id));

        var swagger = JsonNode.Parse(File.ReadAllText(swaggerPath))!;
        var operation = swagger["paths"]!["/lists/{list_id}/contacts/{contact_id}"]!["patch"]!;
        // The parameter the contact list's dynamic values refer to, made internal.
        operation["parameters"]![0]!["x-ms-visibility"] = "internal";
        // A value-path naming no property of the listed items.
        operation["parameters"]![0]!["x-ms-dynamic-values"]!["value-path"] = "listId";
        // A revision written as a version label.
        operation["x-ms-api-annotation"] = JsonNode.Parse("""{ "family": "UpdateContact", "revision": "v2" }""");
        File.WriteAllText(swaggerPath, swagger.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var errors = (await ErrorsAsync(folder)).Where(error => planted.Contains(error.Id)).ToList();

        Assert.Equal(
            [
                ("PPC1162", "x-ms-dynamic-values on parameter 'list_id' of 'UpdateContact' reads value-path 'listId' from the items operation 'GetListsContacts' returns, but they have no property 'listId'"),
                ("PPC1166", "x-ms-dynamic-values on parameter 'contact_id' (in path) of 'UpdateContact' refers to 'list_id', which is internal (x-ms-visibility \"internal\")"),
                ("PPC1169", "Operation 'UpdateContact' x-ms-api-annotation revision \"v2\" is not an integer"),
            ],
            errors.Select(error => (error.Id, error.Message[..error.Message.IndexOf(';', StringComparison.Ordinal)])).OrderBy(error => Array.IndexOf(planted, error.Id)));
    }

    [Fact]
    public async Task TestConnectionDefects_AreReportedAsErrors()
    {
        var folder = CopyOfTheConnector(TestConnectionConnector);
        var swaggerPath = Path.Combine(folder, "apiDefinition.swagger.json");
        var planted = new[] { "PPC1158", "PPC1159" };
        Assert.DoesNotContain(await ErrorsAsync(folder), error => planted.Contains(error.Id));

        var swagger = JsonNode.Parse(File.ReadAllText(swaggerPath))!;
        // The test's parameter values written as a list.
        swagger["x-ms-capabilities"]!["testConnection"]!["parameters"] = JsonNode.Parse("""[ { "name": "group", "value": "all" } ]""");
        // The test operation now needs a value nobody gives it.
        swagger["paths"]!["/devices"]!["get"]!["parameters"] = JsonNode.Parse("""
            [ { "name": "group", "in": "query", "type": "string", "required": true, "x-ms-summary": "Group", "description": "The devices' group." } ]
            """);
        File.WriteAllText(swaggerPath, swagger.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var errors = (await ErrorsAsync(folder)).Where(error => planted.Contains(error.Id)).ToList();

        Assert.Equal(
            [
                ("PPC1158", "x-ms-capabilities.testConnection.parameters is an array"),
                ("PPC1159", "Required parameter 'group' (in query) of 'GetDevices', the connector's test connection, has no default and no value in testConnection.parameters"),
            ],
            errors.Select(error => (error.Id, error.Message[..error.Message.IndexOf(';', StringComparison.Ordinal)])).OrderBy(error => Array.IndexOf(planted, error.Id)));
    }

    [Fact]
    public async Task FilePickerAndDynamicListDefects_AreReportedAsErrors()
    {
        var folder = CopyOfTheConnector("Asite (Canada)");
        var swaggerPath = Path.Combine(folder, "apiDefinition.swagger.json");
        var planted = new[] { "PPC1163", "PPC1168" };
        Assert.DoesNotContain(await ErrorsAsync(folder), error => planted.Contains(error.Id));

        var swagger = JsonNode.Parse(File.ReadAllText(swaggerPath))!;
        var paths = swagger["paths"]!;
        // x-ms-dynamic-list that names no operation to call.
        paths["/asitePullDataWebhook"]!["post"]!["parameters"]![1]!["x-ms-dynamic-list"]!.AsObject().Remove("operationId");
        // A file picker without the tree it browses.
        paths["/saveMetadataForUpload"]!["post"]!["parameters"]![1]!.AsObject().Remove("x-ms-dynamic-tree");
        File.WriteAllText(swaggerPath, swagger.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var errors = (await ErrorsAsync(folder)).Where(error => planted.Contains(error.Id)).ToList();

        Assert.Equal(
            [
                ("PPC1163", "x-ms-dynamic-list on parameter 'projectId' of 'ASITE_TRIGGER_EVENT' has no operationId"),
                ("PPC1168", "The file picker on parameter 'folderId' of 'SET_FILE_METADATA' has no x-ms-dynamic-tree beside it"),
            ],
            errors.Select(error => (error.Id, error.Message[..error.Message.IndexOf(';', StringComparison.Ordinal)])).OrderBy(error => Array.IndexOf(planted, error.Id)));
    }

    /// <summary>A copy of the connector under a certified-connectors folder, so that it is analyzed as a certified connector.</summary>
    private string CopyOfTheConnector(string connector = Connector)
    {
        var source = Path.Combine(TestData.Corpus, "certified-connectors", connector);
        var target = Path.Combine(_temp.Path, "certified-connectors", connector);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    private static async Task<List<(string Id, string Message)>> ErrorsAsync(string folder)
    {
        var run = await CommandLine.RunAsync("validate", folder, "--mode", "All", "--format", "json");
        using var report = JsonDocument.Parse(run.Stdout);
        return
        [
            .. report.RootElement.GetProperty("connectors")[0].GetProperty("diagnostics").EnumerateArray()
                .Where(diagnostic => diagnostic.GetProperty("severity").GetString() == "error")
                .Select(diagnostic => (diagnostic.GetProperty("id").GetString()!, diagnostic.GetProperty("message").GetString()!)),
        ];
    }
}
