using System.Text;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Analysis.Tests.Running;

public class AnalysisEngineTests
{
    private const string Swagger = """
        {
          "swagger": "2.0",
          "paths": {
            "/items/{id}": {
              "parameters": [ { "$ref": "#/parameters/id" } ],
              "get": {
                "operationId": "GetItem",
                "parameters": [ { "name": "q", "in": "query", "type": "string" } ],
                "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/Item" } }, "404": { "$ref": "#/responses/NotFound" } }
              },
              "delete": { "operationId": "DeleteItem", "responses": { "204": { "description": "Gone" } } }
            }
          },
          "parameters": { "id": { "name": "id", "in": "path", "required": true, "type": "string" } },
          "responses": { "NotFound": { "description": "Not found" } },
          "definitions": {
            "Item": { "type": "object", "properties": { "tags": { "type": "array", "items": { "type": "string" } }, "owner": { "$ref": "#/definitions/Item" } } }
          }
        }
        """;

    private static readonly DiagnosticDescriptor Found = TestDescriptors.Create("PPC9001");

    private static AnalysisResult Analyze(ConnectorAnalyzer analyzer, ConnectorKind kind = ConnectorKind.Custom, AnalysisMode mode = AnalysisMode.All, string swagger = Swagger)
        => new AnalysisEngine([analyzer], new AnalysisOptions { Mode = mode })
            .Analyze(ConnectorProject.FromContents("/connector", kind, [(ConnectorFileKind.ApiDefinition, Encoding.UTF8.GetBytes(swagger)), (ConnectorFileKind.ApiProperties, "{}"u8.ToArray())]));

    private static string[] Messages(AnalysisResult result, string id = "PPC9001")
        => result.Diagnostics.Where(d => d.Id == id).Select(d => d.GetMessage()).ToArray();

    [Fact]
    public void Operations_ParametersAndResponses_AreDispatchedResolved_WithPointersAsWritten()
    {
        var analyzer = new DelegateAnalyzer(
            context =>
            {
                context.RegisterOperationAction(c => c.Report(Found, c.Operation.Element.NameLocation, $"op {c.Operation}"));
                context.RegisterParameterAction(c => c.Report(Found, c.Parameter.Element.Location, $"param {c.Parameter.Name}@{c.Parameter.Element.Pointer}"));
                context.RegisterResponseAction(c => c.Report(Found, c.Response.Element.Location, $"response {c.Response.StatusCode}@{c.Response.Element.Pointer}"));
            },
            Found);

        string[] expected =
            [
                "Found op GET /items/{id}",
                "Found op DELETE /items/{id}",
                "Found param q@/paths/~1items~1{id}/get/parameters/0",
                "Found param id@/parameters/id",
                "Found response 200@/paths/~1items~1{id}/get/responses/200",
                "Found response 404@/responses/NotFound",
                "Found response 204@/paths/~1items~1{id}/delete/responses/204",
            ];

        Assert.Equal(expected.Order(StringComparer.Ordinal), Messages(Analyze(analyzer)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Schemas_AreVisitedOnceEach_WhereWritten_WithoutFollowingRefs()
    {
        var pointers = new List<string>();
        var analyzer = new DelegateAnalyzer(context => context.RegisterSchemaAction(c => pointers.Add(c.Schema.Pointer)), Found);

        Analyze(analyzer);

        Assert.Equal(
            [
                "/definitions/Item",
                "/definitions/Item/properties/owner",
                "/definitions/Item/properties/tags",
                "/definitions/Item/properties/tags/items",
                "/paths/~1items~1{id}/get/responses/200/schema",
            ],
            pointers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FileLengths_AreTheStoredBytes_OnDiskAndInMemory()
    {
        long?[] Lengths(ConnectorProject project)
        {
            var lengths = Array.Empty<long?>();
            new AnalysisEngine([new DelegateAnalyzer(context => context.RegisterConnectorEndAction(c =>
                lengths = [c.Connector.GetFileLength(ConnectorFileKind.ApiDefinition), c.Connector.GetFileLength(ConnectorFileKind.ApiProperties), c.Connector.GetFileLength(ConnectorFileKind.Readme)]), Found)]).Analyze(project);
            return lengths;
        }

        var swagger = Encoding.UTF8.GetBytes("\uFEFF{ \"swagger\": \"2.0\" }");
        Assert.Equal([swagger.Length, 2L, null], Lengths(ConnectorProject.FromContents("/connector", ConnectorKind.Custom, [(ConnectorFileKind.ApiDefinition, swagger), (ConnectorFileKind.ApiProperties, "{}"u8.ToArray())])));

        var folder = Directory.CreateTempSubdirectory("file-lengths-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "apiDefinition.swagger.json"), swagger);
            File.WriteAllText(Path.Combine(folder, "apiProperties.json"), "{ }");
            Assert.Equal([swagger.Length, 3L, null], Lengths(ConnectorProject.Load(folder)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ThrowingAnalyzer_GivesPPC0006_AndTheOthersStillRun()
    {
        var throwing = new DelegateAnalyzer(context => context.RegisterOperationAction(_ => throw new FormatException("bad")), TestDescriptors.Create("PPC9002"));
        var working = new DelegateAnalyzer(context => context.RegisterOperationAction(c => c.Report(Found, c.Operation.Element.NameLocation, c.Operation.OperationId)), Found);

        var result = new AnalysisEngine([throwing, working], new AnalysisOptions())
            .Analyze(ConnectorProject.FromContents("/c", ConnectorKind.Custom, [(ConnectorFileKind.ApiDefinition, Encoding.UTF8.GetBytes(Swagger))]));

        var failure = Assert.Single(result.Diagnostics, d => d.Id == "PPC0006");
        Assert.Equal(DiagnosticSeverity.Error, failure.Severity);
        Assert.Contains("'DelegateAnalyzer' of rule pack 'ConnectorSdk.Analysis.Tests' threw FormatException: bad", failure.GetMessage());
        Assert.NotNull(failure.Location.Span);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "PPC9001"));
    }

    [Theory]
    [InlineData(ConnectorKind.Custom, AnalysisMode.All, ConnectorKinds.Certification, AnalysisMode.Default, false)]
    [InlineData(ConnectorKind.Certified, AnalysisMode.Default, ConnectorKinds.Certification, AnalysisMode.Default, true)]
    [InlineData(ConnectorKind.IndependentPublisher, AnalysisMode.All, ConnectorKinds.Certified, AnalysisMode.Default, false)]
    [InlineData(ConnectorKind.Certified, AnalysisMode.Default, ConnectorKinds.All, AnalysisMode.Recommended, false)]
    [InlineData(ConnectorKind.Certified, AnalysisMode.Recommended, ConnectorKinds.All, AnalysisMode.Recommended, true)]
    [InlineData(ConnectorKind.Certified, AnalysisMode.None, ConnectorKinds.All, AnalysisMode.Default, false)]
    public void KindAndMode_DecideWhetherARuleRuns(ConnectorKind kind, AnalysisMode mode, ConnectorKinds appliesTo, AnalysisMode ruleMode, bool reported)
    {
        var rule = TestDescriptors.Create("PPC9003", mode: ruleMode, appliesTo: appliesTo);
        var analyzer = new DelegateAnalyzer(context => context.RegisterSwaggerAction(c => c.Report(rule, c.Swagger.Root.Location, "x")), rule);

        Assert.Equal(reported, Analyze(analyzer, kind, mode).Diagnostics.Any(d => d.Id == "PPC9003"));
    }

    [Theory]
    [InlineData(ConnectorKind.Certified, DiagnosticSeverity.Error)]
    [InlineData(ConnectorKind.IndependentPublisher, DiagnosticSeverity.Error)]
    [InlineData(ConnectorKind.Custom, DiagnosticSeverity.Warning)]
    public void SeverityPerKind_ComesFromTheDescriptor(ConnectorKind kind, DiagnosticSeverity expected)
    {
        var rule = TestDescriptors.Create("PPC9004", DiagnosticSeverity.Error, customSeverity: DiagnosticSeverity.Warning);
        var analyzer = new DelegateAnalyzer(context => context.RegisterSwaggerAction(c => c.Report(rule, c.Swagger.Root.Location, "x")), rule);

        Assert.Equal(expected, Assert.Single(Analyze(analyzer, kind).Diagnostics).Severity);
    }

    [Fact]
    public void StartAction_RegistersPerConnectorActions_AndEndActionSeesTheirState()
    {
        var analyzer = new DelegateAnalyzer(
            context => context.RegisterConnectorStartAction(start =>
            {
                var operations = 0;
                start.RegisterOperationAction(_ => operations++);
                start.RegisterConnectorEndAction(end => end.Report(Found, Location.InFile(end.Connector.PathOf(ConnectorFileKind.ApiDefinition)), operations));
            }),
            Found);

        Assert.Equal(["Found 2"], Messages(Analyze(analyzer)));
        Assert.Equal(["Found 2"], Messages(Analyze(analyzer)));
    }

    [Fact]
    public void BaselineAction_ReceivesThePreviousSwagger()
    {
        var analyzer = new DelegateAnalyzer(
            context => context.RegisterBaselineAction(c =>
            {
                foreach (var removed in c.Baseline.Operations.Select(o => o.OperationId).Except(c.Current.Operations.Select(o => o.OperationId)))
                {
                    c.Report(Found, c.Current.Root.Location, removed);
                }
            }),
            Found);
        var previous = Swagger.Replace("\"DeleteItem\"", "\"RemoveItem\"");

        var result = new AnalysisEngine([analyzer]).Analyze(
            ConnectorProject.FromContents("/c", ConnectorKind.Certified, [(ConnectorFileKind.ApiDefinition, Encoding.UTF8.GetBytes(Swagger))]),
            ConnectorProject.FromContents("/old", ConnectorKind.Certified, [(ConnectorFileKind.ApiDefinition, Encoding.UTF8.GetBytes(previous))]));

        Assert.Equal(["Found RemoveItem"], Messages(result));
    }

    [Fact]
    public void Diagnostics_PointingAtAJsonPointer_GetTheSpanOfTheNameOrValue()
    {
        var analyzer = new DelegateAnalyzer(
            context => context.RegisterOperationAction(c =>
            {
                c.Report(Found, c.Operation.Element.NameLocation, "verb");
                c.Report(Found, c.Operation.Element.Location, "operation");
            }),
            Found);

        var spans = Analyze(analyzer, swagger: """{"paths": {"/a": {"get": {"operationId": "A"}}}}""").Diagnostics.Select(d => d.Location.Span).ToArray();

        Assert.Equal([new SourceSpan(1, 19, 1, 24), new SourceSpan(1, 26, 1, 46)], spans);
    }

    [Fact]
    public void SameFindingReportedTwice_IsReportedOnce()
    {
        var analyzer = new DelegateAnalyzer(
            context => context.RegisterParameterAction(c => c.Report(Found, c.Parameter.Element.Location, c.Parameter.Name)),
            Found);

        Assert.Equal(["Found id", "Found q"], Messages(Analyze(analyzer)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AdditionalFileActions_ReceiveTheDecodedTextOrTheJson_OfFilesThatExist()
    {
        var seen = new List<string>();
        var analyzer = new DelegateAnalyzer(
            context =>
            {
                context.RegisterAdditionalFileAction(ConnectorFileKind.Readme, c => seen.Add($"readme {c.Text} {c.Content.Length}"));
                context.RegisterAdditionalFileAction(ConnectorFileKind.Settings, c => seen.Add($"settings {c.Json?.GetString("apiDefinition")}"));
                context.RegisterAdditionalFileAction(ConnectorFileKind.Script, c => seen.Add("script"));
            },
            Found);
        var project = ConnectorProject.FromContents("/c", ConnectorKind.Custom,
        [
            (ConnectorFileKind.Readme, [0xEF, 0xBB, 0xBF, .. "# Hé"u8]),
            (ConnectorFileKind.Settings, """{"apiDefinition": "api.json"}"""u8.ToArray()),
        ]);

        new AnalysisEngine([analyzer]).Analyze(project);

        Assert.Equal(["readme # Hé 8", "settings api.json"], seen);
    }
}
