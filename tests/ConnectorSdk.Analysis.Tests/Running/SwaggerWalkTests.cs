using System.Text;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Analysis.Tests.Running;

public class SwaggerWalkTests
{
    private const string Swagger = """
        {
          "swagger": "2.0",
          "info": { "title": "T", "version": "1", "contact": { "name": "C" }, "x-ms-api": { "$ref": "#/x" } },
          "paths": {
            "/a": {
              "parameters": [ { "name": "p", "in": "query", "type": "array", "items": { "type": "string", "x-example": { "$ref": "#/data" } } } ],
              "get": {
                "parameters": [ { "name": "b", "in": "body", "schema": { "$ref": "#/definitions/A" } } ],
                "responses": {
                  "200": { "description": "OK", "headers": { "h": { "type": "string" } }, "schema": { "type": "object" }, "examples": { "application/json": { "$ref": "#/data" } } },
                  "x-ms-extra": { "schema": { "type": "string" } }
                },
                "x-ms-notification-content": { "schema": { "type": "object" } }
              }
            },
            "x-ms-paths": { "$ref": "#/x" }
          },
          "definitions": {
            "A": {
              "properties": { "$ref": { "type": "string" }, "items": { "type": "string", "example": { "$ref": "#/data" } } },
              "additionalProperties": { "type": "string" },
              "items": [ { "type": "string" } ],
              "allOf": [ { "type": "object" } ],
              "anyOf": [ { "type": "object" } ],
              "oneOf": [ { "type": "object" } ],
              "not": { "type": "object" },
              "xml": { "name": "a" },
              "externalDocs": { "url": "https://contoso.com" }
            }
          },
          "securityDefinitions": { "oauth": { "type": "oauth2", "scopes": { "read": "Read" } } },
          "tags": [ { "name": "t" } ]
        }
        """;

    private static readonly DiagnosticDescriptor Found = TestDescriptors.Create("PPC9001");

    private static AnalysisResult Analyze(Action<ConnectorAnalysisContext> initialize, string swagger = Swagger)
        => new AnalysisEngine([new DelegateAnalyzer(initialize, Found)], new AnalysisOptions { Mode = AnalysisMode.All })
            .Analyze(ConnectorProject.FromContents("/connector", ConnectorKind.Custom, [(ConnectorFileKind.ApiDefinition, Encoding.UTF8.GetBytes(swagger)), (ConnectorFileKind.ApiProperties, "{}"u8.ToArray())]));

    private static List<string> Nodes(string swagger = Swagger, params SwaggerNodeKind[] kinds)
    {
        var seen = new List<string>();
        Analyze(context => context.RegisterSwaggerNodeAction(c => seen.Add($"{c.Kind} {c.Node.Pointer}"), kinds), swagger);
        return seen;
    }

    [Fact]
    public void EveryNode_IsDispatchedOnce_WithTheKindItsPositionGives_InDocumentOrder()
    {
        Assert.Equal(
            [
                "Document ", "Info /info", "Contact /info/contact", "Other /info/x-ms-api",
                "PathItem /paths/~1a", "Parameter /paths/~1a/parameters/0", "Items /paths/~1a/parameters/0/items",
                "Operation /paths/~1a/get", "Parameter /paths/~1a/get/parameters/0", "Schema /paths/~1a/get/parameters/0/schema",
                "Response /paths/~1a/get/responses/200", "Header /paths/~1a/get/responses/200/headers/h", "Schema /paths/~1a/get/responses/200/schema",
                "Other /paths/~1a/get/responses/x-ms-extra", "Schema /paths/~1a/get/responses/x-ms-extra/schema",
                "Other /paths/~1a/get/x-ms-notification-content", "Schema /paths/~1a/get/x-ms-notification-content/schema",
                "Other /paths/x-ms-paths",
                "Schema /definitions/A", "Schema /definitions/A/properties/$ref", "Schema /definitions/A/properties/items",
                "Schema /definitions/A/additionalProperties", "Schema /definitions/A/items/0", "Schema /definitions/A/allOf/0",
                "Schema /definitions/A/anyOf/0", "Schema /definitions/A/oneOf/0", "Schema /definitions/A/not",
                "Xml /definitions/A/xml", "ExternalDocs /definitions/A/externalDocs",
                "SecurityScheme /securityDefinitions/oauth", "Other /securityDefinitions/oauth/scopes", "Tag /tags/0",
            ],
            Nodes());
    }

    [Fact]
    public void NodeActions_SeeOnlyTheirKinds()
        => Assert.Equal(["Operation /paths/~1a/get", "Tag /tags/0"], Nodes(Swagger, SwaggerNodeKind.Tag, SwaggerNodeKind.Operation));

    [Fact]
    public void SchemaActions_SeeEverySchemaObjectOnce_UnderEveryNestingKeyword()
    {
        var pointers = new List<string>();
        Analyze(context => context.RegisterSchemaAction(c => pointers.Add(c.Schema.Pointer)));

        Assert.Equal(
            [
                "/paths/~1a/get/parameters/0/schema", "/paths/~1a/get/responses/200/schema", "/paths/~1a/get/responses/x-ms-extra/schema",
                "/paths/~1a/get/x-ms-notification-content/schema", "/definitions/A", "/definitions/A/properties/$ref", "/definitions/A/properties/items",
                "/definitions/A/additionalProperties", "/definitions/A/items/0", "/definitions/A/allOf/0", "/definitions/A/anyOf/0",
                "/definitions/A/oneOf/0", "/definitions/A/not",
            ],
            pointers);
    }

    [Fact]
    public void MemberActions_SeeReferencesWithTheirOwnersKind_NeverDataOrNamesThatLookLikeKeywords()
    {
        var references = new List<string>();
        Analyze(context => context.RegisterSwaggerMemberAction(c =>
        {
            if (c.Member.NameEquals("$ref"u8))
            {
                references.Add($"{c.OwnerKind} {c.Element.Pointer}");
            }
        }));

        Assert.Equal(
            ["Other /info/x-ms-api/$ref", "Schema /paths/~1a/get/parameters/0/schema/$ref", "Other /paths/x-ms-paths/$ref"],
            references);
    }

    [Fact]
    public void MemberActions_SeeOnlyTheMembersOfTheirOwnerKinds()
    {
        var members = new List<string>();
        Analyze(context => context.RegisterSwaggerMemberAction(c => members.Add($"{c.OwnerKind} {c.Member.Name}"), SwaggerNodeKind.Header, SwaggerNodeKind.Xml));

        Assert.Equal(["Header type", "Xml name"], members);
    }

    [Fact]
    public void ExtensionActions_SeeExtensionMembers_EscapedNamesDecoded()
    {
        const string swagger = """{ "swagger": "2.0", "x\u002dms-a": 1, "info": { "x-b": {}, "title": "T" }, "paths": { "/p": { "get": { "X-c": 1, "x-d": [] } } } }""";
        var extensions = new List<string>();
        Analyze(context => context.RegisterSwaggerExtensionAction(c => extensions.Add($"{c.OwnerKind} {c.Element.Pointer}")), swagger);

        Assert.Equal(["Document /x-ms-a", "Info /info/x-b", "Operation /paths/~1p/get/x-d"], extensions);
    }

    [Fact]
    public void EscapedFieldNames_AreTheFields_AndEscapedPointerTokensAreWritten()
    {
        const string swagger = """{ "definitions": { "a/b~c": { "propert\u0069es": { "x": { "type": "string" } } } } }""";

        Assert.Equal(["Schema /definitions/a~1b~0c", "Schema /definitions/a~1b~0c/properties/x"], Nodes(swagger, SwaggerNodeKind.Schema));
    }

    [Theory]
    [InlineData("""[1, 2]""", new[] { "Document " })]
    [InlineData("""{ "paths": [ { "get": {} } ], "definitions": "x", "tags": { "name": "t" }, "info": [] }""", new[] { "Document " })]
    [InlineData("""{ "paths": { "/a": "x", "/b": { "get": 1, "parameters": { "name": "n" } } } }""", new[] { "Document ", "PathItem /paths/~1a", "PathItem /paths/~1b" })]
    [InlineData("""{ "definitions": { "A": { "properties": [1], "allOf": { "a": {} }, "not": true, "items": "x", "additionalProperties": false } } }""", new[] { "Document ", "Schema /definitions/A" })]
    [InlineData("""{ "definitions": { "A": { "allOf": [1, "s"], "properties": { "p": null } } } }""", new[] { "Document ", "Schema /definitions/A", "Schema /definitions/A/allOf/0", "Schema /definitions/A/allOf/1", "Schema /definitions/A/properties/p" })]
    [InlineData("""{ "paths": { "/a": { "get": { "parameters": [1, "s", null], "responses": { "200": [] } } } } }""", new[] { "Document ", "PathItem /paths/~1a", "Operation /paths/~1a/get", "Parameter /paths/~1a/get/parameters/0", "Parameter /paths/~1a/get/parameters/1", "Parameter /paths/~1a/get/parameters/2", "Response /paths/~1a/get/responses/200" })]
    public void ValuesOfTheWrongType_AreNodesInListsAndMaps_ElsewhereSkipped_NeverACrash(string swagger, string[] expected)
        => Assert.Equal(expected, Nodes(swagger, [.. Enum.GetValues<SwaggerNodeKind>().Where(kind => kind != SwaggerNodeKind.Other)]));

    [Fact]
    public void NodeAction_ThatThrows_GivesPPC0006AtTheNode_AndTheWalkGoesOn()
    {
        var schemas = 0;
        var result = new AnalysisEngine(
            [
                new DelegateAnalyzer(context => context.RegisterSwaggerNodeAction(c => throw new FormatException("bad"), SwaggerNodeKind.Xml), TestDescriptors.Create("PPC9002")),
                new DelegateAnalyzer(context => context.RegisterSchemaAction(_ => schemas++), Found),
            ]).Analyze(ConnectorProject.FromContents("/c", ConnectorKind.Custom, [(ConnectorFileKind.ApiDefinition, Encoding.UTF8.GetBytes(Swagger))]));

        var failure = Assert.Single(result.Diagnostics, d => d.Id == "PPC0006");
        Assert.Equal("/definitions/A/xml", failure.Location.JsonPointer);
        Assert.Equal(13, schemas);
    }

    [Fact]
    public void ValueProvider_IsComputedOncePerConnectorRun_AndSharedByAnalyzers()
    {
        var computed = 0;
        var provider = new ConnectorValueProvider<string>(connector => $"{connector.Swagger!.Operations.Count} operations #{++computed}");
        var seen = new List<string>();
        var analyzers = new[]
        {
            new DelegateAnalyzer(context => context.RegisterOperationAction(c => seen.Add(c.GetValue(provider))), Found),
            new DelegateAnalyzer(context => context.RegisterSwaggerNodeAction(c => seen.Add(c.GetValue(provider)), SwaggerNodeKind.Tag), TestDescriptors.Create("PPC9002")),
        };
        var engine = new AnalysisEngine(analyzers);
        var project = ConnectorProject.FromContents("/c", ConnectorKind.Custom, [(ConnectorFileKind.ApiDefinition, Encoding.UTF8.GetBytes(Swagger))]);

        engine.Analyze(project);
        engine.Analyze(project);

        Assert.Equal(["1 operations #1", "1 operations #1", "1 operations #2", "1 operations #2"], seen);
    }

    [Fact]
    public void ValueProvider_ThatThrows_FailsTheAskingAnalyzer_AndIsComputedAgainForTheNext()
    {
        var attempts = 0;
        var provider = new ConnectorValueProvider<int>(_ => ++attempts == 1 ? throw new InvalidOperationException("first") : attempts);
        int? second = null;
        var result = new AnalysisEngine(
            [
                new DelegateAnalyzer(context => context.RegisterSwaggerAction(c => c.GetValue(provider)), TestDescriptors.Create("PPC9002")),
                new DelegateAnalyzer(context => context.RegisterConnectorEndAction(c => second = c.GetValue(provider)), Found),
            ]).Analyze(ConnectorProject.FromContents("/c", ConnectorKind.Custom, [(ConnectorFileKind.ApiDefinition, Encoding.UTF8.GetBytes(Swagger))]));

        Assert.Contains("threw InvalidOperationException: first", Assert.Single(result.Diagnostics, d => d.Id == "PPC0006").GetMessage());
        Assert.Equal(2, second);
    }

    [Fact]
    public void Contexts_AreMadePerNode_AndOneKeptPastItsAction_FailsInsteadOfReadingAnotherNode()
    {
        var nodes = new List<SwaggerNodeContext>();
        var members = new List<SwaggerMemberContext>();
        var seen = new List<string>();
        Analyze(context =>
        {
            context.RegisterSwaggerNodeAction(c => { nodes.Add(c); seen.Add($"{c.Kind} {c.Node.Pointer}"); }, SwaggerNodeKind.Tag, SwaggerNodeKind.Info);
            context.RegisterSwaggerMemberAction(c => { members.Add(c); seen.Add($"{c.OwnerKind} {c.Element.Pointer}"); }, SwaggerNodeKind.Tag);
        });

        Assert.Equal(["Info /info", "Tag /tags/0", "Tag /tags/0/name"], seen);
        Assert.Equal([SwaggerNodeKind.Info, SwaggerNodeKind.Tag], nodes.Select(n => n.Kind));
        Assert.Throws<InvalidOperationException>(() => nodes[0].Node);
        Assert.Throws<InvalidOperationException>(() => nodes[0].Path);
        Assert.Throws<InvalidOperationException>(() => members[0].Element);
    }
}
