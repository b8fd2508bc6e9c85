using System.Text.Json.Nodes;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Loading;

namespace ConnectorSdk.Rules.BreakingChanges.Tests;

/// <summary>
/// Changes of every kind the comparison covers, planted in copies of corpus connectors (one kind at a time, at the first
/// place it fits): each is found by its rule, and no other rule reports an error or a warning, but for what the same
/// change is too (a definition shared by a request and a response).
/// </summary>
public sealed class PlantedChangeTests
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    /// <summary>Every fourth connector of the corpus: each kind of change lands in several shapes of swagger.</summary>
    private static readonly string[] Connectors = [.. ConnectorFiles.Discover(TestData.Corpus).Select(path => Path.GetRelativePath(TestData.Corpus, path)).Where((_, index) => index % 4 == 0)];

    /// <summary>A kind of change: the rule that must find it, the other rules the same change may meet, and how to plant it.</summary>
    private sealed record Plant(string Id, string[] Also, Func<JsonObject, bool> Apply);

    private static readonly Dictionary<string, Plant> Plants = new()
    {
        ["OperationDeleted"] = new("PPC7001", [], s => FirstOperation(s) is { } o && o.Item.Remove(o.Method)),
        ["OperationIdRenamed"] = new("PPC7015", [], s => FirstOperation(s) is { } o && Set(o.Value, "operationId", o.Value["operationId"]!.GetValue<string>() + "Renamed")),
        ["PathChanged"] = new("PPC7002", [], s => FirstOperation(s) is { } o && o.Item.Remove(o.Method) && Set(Paths(s)!, o.Path.TrimEnd('/') + "/moved", new JsonObject { [o.Method] = o.Value })),
        ["MethodChanged"] = new("PPC7002", [], s => FirstOperation(s) is { } o && Methods.FirstOrDefault(m => o.Item[m] is null) is { } free && o.Item.Remove(o.Method) && Set(o.Item, free, o.Value)),
        ["ParameterRemoved"] = new("PPC7004", [], s => FirstParameter(s, Query) is { } p && p.List.Remove(p.Value)),
        ["ParameterRenamed"] = new("PPC7016", [], s => FirstParameter(s, Query) is { } p && Set(p.Value, "name", Text(p.Value, "name") + "Renamed")),
        ["ParameterMoved"] = new("PPC7003", [], s => FirstParameter(s, Query) is { } p && Set(p.Value, "in", "header")),
        ["ParameterMadeRequired"] = new("PPC7017", [], s => FirstParameter(s, p => Query(p) && Visible(p) && p["required"]?.GetValue<bool>() != true) is { } p && Set(p.Value, "required", true)),
        ["RequiredParameterAdded"] = new("PPC7005", [], s => FirstOperation(s) is { } o && Add(o.Value, new JsonObject { ["name"] = "planted", ["in"] = "query", ["required"] = true, ["type"] = "string" })),
        ["InputTypeChanged"] = new("PPC7010", [], s => FirstParameter(s, p => Query(p) && Visible(p) && Text(p, "type") == "string" && p["format"] is null) is { } p && Set(p.Value, "type", "integer")),
        ["InputEnumAdded"] = new("PPC7009", [], s => FirstParameter(s, p => Query(p) && Visible(p) && Text(p, "type") == "string" && p["enum"] is null) is { } p && Set(p.Value, "enum", new JsonArray("a", "b"))),
        ["InputEnumValueRemoved"] = new("PPC7018", [], s => FirstParameter(s, p => Visible(p) && p["enum"] is JsonArray { Count: > 1 }) is { } p && p.Value["enum"]!.AsArray().Remove(p.Value["enum"]!.AsArray()[^1])),
        ["BodyPropertyRemoved"] = new("PPC7004", ["PPC7006"], s => BodySchema(s) is { } b && WritableProperty(s, b) is { } key && b["properties"]!.AsObject().Remove(key) && Unrequire(b, key)),
        ["RequiredBodyPropertyAdded"] = new("PPC7005", [], s => BodySchema(s) is { } b && Set(b["properties"]!.AsObject(), "planted", new JsonObject { ["type"] = "string" }) && Require(b, "planted")),
        ["BodyPropertyMadeRequired"] = new("PPC7017", [], s => BodySchema(s) is { } b && WritableProperty(s, b, optionalOnly: true) is { } key && Require(b, key)),
        ["OutputRemoved"] = new("PPC7006", ["PPC7004"], s => ResponseSchema(s) is { } r && r["properties"]!.AsObject().Select(p => p.Key).FirstOrDefault(k => Visible(Resolve(s, r["properties"]![k]))) is { } key && r["properties"]!.AsObject().Remove(key)),
        ["OutputTypeChanged"] = new("PPC7007", ["PPC7010"], s => ResponseSchema(s) is { } r && r["properties"]!.AsObject().Select(p => p.Value).OfType<JsonObject>().FirstOrDefault(p => Text(p, "type") == "string" && p["$ref"] is null) is { } property && Set(property, "type", "integer") && property.Remove("format") is var _),
        ["OperationMadeInternal"] = new("PPC7019", [], s => FirstOperation(s, o => Visible(o) && o["x-ms-trigger"] is null) is { } o && Set(o.Value, "x-ms-visibility", "internal")),
        ["ParameterMadeInternal"] = new("PPC7019", [], s => FirstParameter(s, p => Query(p) && Visible(p)) is { } p && Set(p.Value, "x-ms-visibility", "internal")),
        ["TriggerChanged"] = new("PPC7020", [], s => FirstOperation(s, o => o["x-ms-trigger"] is null) is { } o && o.Method == "get" && Set(o.Value, "x-ms-trigger", "batch")),
        ["DynamicValuesTargetChanged"] = new("PPC7021", [], s => FirstParameter(s, p => p["x-ms-dynamic-values"]?["operationId"] is JsonValue) is { } p && Set(p.Value["x-ms-dynamic-values"]!.AsObject(), "operationId", "Planted")),
        ["AuthenticationChanged"] = new("PPC7011", [], s => s["securityDefinitions"] is JsonObject { Count: > 0 } d && Set(d, d.First().Key, Text(d.First().Value, "type") == "basic" ? new JsonObject { ["type"] = "apiKey", ["name"] = "key", ["in"] = "header" } : new JsonObject { ["type"] = "basic" })),
        ["HostChanged"] = new("PPC7022", [], s => Text(s, "host") is { } host && Set(s, "host", "planted." + host)),
        ["BasePathChanged"] = new("PPC7022", [], s => Set(s, "basePath", (Text(s, "basePath") ?? "/").TrimEnd('/') + "/v9")),
    };

    public static TheoryData<string> Kinds { get; } = [.. Plants.Keys];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void PlantedChange_FoundByItsRule_AndByNoOtherErrorOrWarning(string kind)
    {
        var plant = Plants[kind];
        var planted = 0;
        var problems = new List<string>();
        foreach (var connector in Connectors)
        {
            var applied = false;
            var findings = Comparisons.CompareWithChanged(connector, swagger =>
            {
                applied = plant.Apply(swagger);
                return swagger;
            });
            if (!applied)
            {
                continue;
            }

            planted++;
            if (!findings.Any(d => d.Id == plant.Id))
            {
                problems.Add($"{connector}: missed ({string.Join(", ", findings.Select(d => d.Id))})");
            }

            problems.AddRange(findings
                .Where(d => d.Id != plant.Id && !plant.Also.Contains(d.Id) && d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
                .Select(d => $"{connector}: also {Comparisons.Describe(d)}"));
        }

        Assert.True(planted >= 3, $"{kind} was planted in {planted} connectors");
        Assert.Empty(problems);
    }

    private sealed record Operation(string Path, string Method, JsonObject Item, JsonObject Value);

    private sealed record Parameter(JsonArray List, JsonObject Value);

    private static JsonObject? Paths(JsonObject swagger) => swagger["paths"] as JsonObject;

    private static List<Operation> Operations(JsonObject swagger)
        => (Paths(swagger) ?? []).Where(p => p.Value is JsonObject).SelectMany(p => Methods.Where(m => p.Value![m] is JsonObject).Select(m => new Operation(p.Key, m, p.Value!.AsObject(), p.Value![m]!.AsObject())))
            .Where(o => o.Value["operationId"] is JsonValue).ToList();

    private static Operation? FirstOperation(JsonObject swagger, Func<JsonObject, bool>? where = null) => Operations(swagger).FirstOrDefault(o => where?.Invoke(o.Value) ?? true);

    /// <summary>The first parameter written in an operation (not a reference) that <paramref name="where"/> accepts.</summary>
    private static Parameter? FirstParameter(JsonObject swagger, Func<JsonObject, bool> where)
        => Operations(swagger).SelectMany(o => o.Value["parameters"] is JsonArray list ? list.OfType<JsonObject>().Where(p => p["$ref"] is null && where(p)).Select(p => new Parameter(list, p)) : []).FirstOrDefault();

    /// <summary>The first body schema with properties (through its reference).</summary>
    private static JsonObject? BodySchema(JsonObject swagger)
        => Operations(swagger).SelectMany(o => o.Value["parameters"] as JsonArray ?? []).Select(p => Resolve(swagger, p)).Where(p => Text(p, "in") == "body")
            .Select(p => Resolve(swagger, p?["schema"])).FirstOrDefault(s => s?["properties"] is JsonObject { Count: > 0 });

    /// <summary>The first success response's schema with properties (an array's items), not a dynamic one.</summary>
    private static JsonObject? ResponseSchema(JsonObject swagger)
        => Operations(swagger).SelectMany(o => o.Value["responses"] as JsonObject ?? []).Where(r => r.Key.StartsWith('2')).Select(r => Resolve(swagger, Resolve(swagger, r.Value)?["schema"]))
            .Select(s => Text(s, "type") == "array" ? Resolve(swagger, s?["items"]) : s)
            .FirstOrDefault(s => s?["properties"] is JsonObject { Count: > 0 } && s["x-ms-dynamic-schema"] is null);

    private static string? WritableProperty(JsonObject swagger, JsonObject schema, bool optionalOnly = false)
        => schema["properties"]!.AsObject().Where(p => Resolve(swagger, p.Value) is { } property && property["readOnly"]?.GetValue<bool>() != true && Visible(property)
            && !(optionalOnly && (schema["required"] as JsonArray ?? []).Any(r => r?.GetValue<string>() == p.Key))).Select(p => p.Key).FirstOrDefault();

    private static JsonObject? Resolve(JsonObject swagger, JsonNode? node)
        => node is JsonObject o && Text(o, "$ref") is { } reference && reference.StartsWith("#/", StringComparison.Ordinal)
            ? reference[2..].Split('/').Aggregate<string, JsonNode?>(swagger, (at, part) => at is JsonObject container ? container[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)] : null) as JsonObject
            : node as JsonObject;

    private static bool Query(JsonObject parameter) => Text(parameter, "in") == "query";

    private static bool Visible(JsonObject? element) => Text(element, "x-ms-visibility") != "internal";

    private static string? Text(JsonNode? node, string name) => node is JsonObject o && o[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    private static bool Set(JsonObject target, string name, JsonNode? value)
    {
        target[name] = value?.Parent is null ? value : value.DeepClone();
        return true;
    }

    private static bool Add(JsonObject operation, JsonObject parameter)
    {
        if (operation["parameters"] is not JsonArray list)
        {
            operation["parameters"] = list = [];
        }

        list.Add(parameter);
        return true;
    }

    private static bool Require(JsonObject schema, string key)
    {
        if (schema["required"] is not JsonArray required)
        {
            schema["required"] = required = [];
        }

        required.Add(key);
        return true;
    }

    private static bool Unrequire(JsonObject schema, string key)
    {
        if (schema["required"] is JsonArray required && required.FirstOrDefault(r => r?.GetValue<string>() == key) is { } item)
        {
            required.Remove(item);
        }

        return true;
    }
}
