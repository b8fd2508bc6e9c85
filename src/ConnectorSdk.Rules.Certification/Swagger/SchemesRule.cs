using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1011: <c>schemes</c>, when present, is a non-empty array of "http" and "https" only.</summary>
public sealed class SchemesRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.SchemeNotValid,
        title: "`schemes` must list only http and https",
        messageFormat: "{0}; connectors support only {1}",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "The swagger's schemes is a non-empty array whose values are 'http' or 'https'; WebSocket schemes (ws, wss) and anything else are rejected by the platform.",
        name: "SchemeNotValid");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static string Supported => string.Join(" and ", ValueLists.Schemes.Select(s => $"'{s}'"));

    private static void Analyze(SwaggerContext context)
    {
        if (!context.Swagger.Root.TryGetProperty("schemes", out var schemes))
        {
            return;
        }

        if (schemes.Kind != JsonValueKind.Array)
        {
            return; // A value of the wrong type is PPC1002's (one defect, one finding).
        }

        if (schemes.Value.GetArrayLength() == 0)
        {
            context.Report(Rule, schemes.Location, "'schemes' is empty; list at least one scheme, such as [\"https\"]", Supported);
            return;
        }

        foreach (var scheme in schemes.EnumerateItems())
        {
            if (scheme.Kind != JsonValueKind.String)
            {
                continue; // PPC1002's.
            }

            var value = scheme.Value.GetString()!;
            if (ValueLists.Schemes.Contains(value, StringComparer.Ordinal))
            {
                continue;
            }

            var known = ValueLists.Schemes.FirstOrDefault(s => string.Equals(s, value, StringComparison.OrdinalIgnoreCase));
            var found = known is not null ? $"Scheme '{value}' must be written in lower case ('{known}')"
                : value is "ws" or "wss" ? $"Scheme '{value}' (WebSocket) is not supported"
                : $"Scheme '{value}' is not supported";
            context.Report(Rule, scheme.Location, found, Supported);
        }
    }
}
