using System.Text.Json.Nodes;
using ConnectorSdk.Analysis.Loading;

namespace ConnectorSdk.Rules.BreakingChanges.Tests;

/// <summary>
/// No false alarm on the corpus's 115 connectors: each compared (as a folder baseline) with itself, with a copy whose keys
/// are reordered and whitespace changed, and with copies that only add what breaks nobody.
/// </summary>
public sealed class SelfComparisonTests
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    public static TheoryData<string> Connectors { get; } = [.. ConnectorFiles.Discover(TestData.Corpus).Select(path => Path.GetRelativePath(TestData.Corpus, path))];

    [Theory]
    [MemberData(nameof(Connectors))]
    public void Itself_NothingReported(string connector)
    {
        var folder = Path.Combine(TestData.Corpus, connector);

        Assert.Empty(Comparisons.Compare(ConnectorProject.Load(folder), ConnectorProject.Load(folder)).Select(Comparisons.Describe));
    }

    [Theory]
    [MemberData(nameof(Connectors))]
    public void ReorderedAndReformatted_NothingReported(string connector)
        => Assert.Empty(Comparisons.CompareWithChanged(connector, Reorder).Select(Comparisons.Describe));

    [Theory]
    [MemberData(nameof(Connectors))]
    public void OnlyAdditionsThatBreakNobody_NoErrorOrWarning(string connector)
    {
        var findings = Comparisons.CompareWithChanged(connector, swagger =>
        {
            AddDescriptionsAndOptionalParameters(swagger);
            AddOperation(swagger);
            return swagger;
        });

        // A new parameter and operation make a major update (the one suggestion), which breaks nothing.
        Assert.Equal(["PPC7013"], findings.Select(d => d.Id));
    }

    /// <summary>Every object's members in reverse order (arrays keep theirs: the order of their items is data).</summary>
    private static JsonNode Reorder(JsonNode node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Reverse().Select(member => KeyValuePair.Create(member.Key, member.Value is null ? null : Reorder(member.Value)))),
        JsonArray array => new JsonArray([.. array.Select(item => item is null ? null : Reorder(item))]),
        _ => node.DeepClone(),
    };

    private static void AddDescriptionsAndOptionalParameters(JsonObject swagger)
    {
        foreach (var operation in Operations(swagger))
        {
            operation["summary"] = "A summary added by the test";
            operation["description"] = "A description added by the test.";
            if (operation["parameters"] is not JsonArray parameters)
            {
                operation["parameters"] = parameters = [];
            }

            parameters.Add(new JsonObject { ["name"] = "addedByTheTest", ["in"] = "query", ["type"] = "string", ["required"] = false });
        }
    }

    private static void AddOperation(JsonObject swagger)
    {
        if (swagger["paths"] is JsonObject paths)
        {
            paths["/added-by-the-test"] = JsonNode.Parse("""{ "get": { "operationId": "AddedByTheTest", "summary": "Added", "description": "Added.", "responses": { "200": { "description": "OK" } } } }""");
        }
    }

    private static List<JsonObject> Operations(JsonObject swagger)
        => swagger["paths"] is JsonObject paths
            ? paths.Select(p => p.Value).OfType<JsonObject>().SelectMany(item => Methods.Select(m => item[m]).OfType<JsonObject>()).ToList()
            : [];
}
