using System.Text.Json;
using Json.Schema;

namespace ConnectorSdk.Cli.Tests.Infrastructure;

/// <summary>Validation against the official SARIF 2.1.0 schema (Assets/sarif-schema-2.1.0.json, OASIS errata 01).</summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>The schema's complaints, one line each; none when the log is valid.</summary>
    public static IReadOnlyList<string> Validate(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return results.IsValid
            ? []
            : (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).ToList();
    }

    private static JsonSchema Load()
    {
        // The schema declares draft-04, which JsonSchema.Net does not implement; it uses nothing whose
        // meaning changed in draft-07 (no boolean exclusiveMinimum, only local $refs), so read it as draft-07.
        var dialects = new DialectRegistry();
        dialects.Register(Dialect.Draft07.With([], new Uri("http://json-schema.org/draft-04/schema#")));
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Assets", "sarif-schema-2.1.0.json"));
        return JsonSchema.FromText(text, new BuildOptions { DialectRegistry = dialects });
    }
}
