using System.Text.Json;
using System.Text.RegularExpressions;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1009: <c>host</c>, when present, is a bare host name or address with an optional port: no scheme, no path.</summary>
public sealed partial class HostRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.HostNotValid,
        title: "`host` must be a bare host name without scheme or path",
        messageFormat: "Host '{0}' {1}",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "The swagger's host holds only the host name (and optionally ':port'), such as 'api.contoso.com'; the scheme goes in 'schemes' and any path in 'basePath'.",
        name: "HostNameNotValid");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (!context.Swagger.Root.TryGetProperty("host", out var host))
        {
            return;
        }

        if (host.Kind != JsonValueKind.String)
        {
            return; // A value of the wrong type is PPC1002's (one defect, one finding).
        }

        var value = host.Value.GetString()!;
        if (BareHost().IsMatch(value))
        {
            return;
        }

        context.Report(Rule, host.Location, value, Explain(value));
    }

    /// <summary>What is wrong with a host that is not bare, and what to write instead.</summary>
    internal static string Explain(string value)
    {
        var rest = value;
        var parts = new List<string>();
        var schemeEnd = rest.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0)
        {
            parts.Add($"move the scheme '{rest[..schemeEnd]}' to 'schemes'");
            rest = rest[(schemeEnd + 3)..];
        }

        var pathStart = rest.IndexOf('/');
        if (pathStart >= 0)
        {
            var path = rest[pathStart..].TrimEnd('/');
            if (path.Length > 0)
            {
                parts.Add($"move the path '{path}' to 'basePath'");
            }

            rest = rest[..pathStart];
        }

        if (parts.Count > 0 && BareHost().IsMatch(rest))
        {
            return $"is not a bare host name: {string.Join(" and ", parts)}, and set host to '{rest}'";
        }

        return "is not a bare host name; host holds only letters, digits, '.' and '-', with an optional ':port', such as 'api.contoso.com'";
    }

    [GeneratedRegex(@"^[A-Za-z0-9.-]+(:\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareHost();
}
