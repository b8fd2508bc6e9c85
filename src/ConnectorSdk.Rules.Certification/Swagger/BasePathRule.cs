using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1010: <c>basePath</c>, when present, starts with '/'.</summary>
internal sealed class BasePathRule : ConnectorAnalyzer
{
    /// <summary>{0}: the basePath; {1}: the path it likely means.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.BasePathNotValid,
        title: "`basePath` must start with '/'",
        messageFormat: "basePath '{0}' does not start with '/'; it must be a path that starts with '/', such as '{1}'",
        DiagnosticSeverity.Error,
        description: "The swagger's basePath is the path every operation path is appended to; it must start with a slash ('/' or '/api/v1').",
        name: "BasePathNotValid");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (!context.Swagger.Root.TryGetProperty("basePath", out var basePath))
        {
            return;
        }

        if (basePath.Kind != JsonValueKind.String)
        {
            return; // A value of the wrong type is PPC1002's (one defect, one finding).
        }

        var value = basePath.Value.GetString()!;
        if (!value.StartsWith('/'))
        {
            context.Report(Rule, basePath.Location, value, Suggest(value));
        }
    }

    private static string Suggest(string value)
    {
        var schemeEnd = value.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0)
        {
            var rest = value[(schemeEnd + 3)..];
            var slash = rest.IndexOf('/');
            return slash >= 0 ? rest[slash..] : "/";
        }

        return "/" + value;
    }
}
