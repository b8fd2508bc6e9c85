using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1017: a path item does not use <c>$ref</c>.</summary>
internal sealed class PathItemReferenceRule : ConnectorAnalyzer
{
    /// <summary>{0}: the path.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.PathItemReference,
        title: "Path items can't use `$ref`",
        messageFormat: "Path '{0}' uses '$ref'; the platform does not support referenced path items: write its operations under the path itself",
        DiagnosticSeverity.Error,
        description: "OpenAPI 2.0 allows a path item to be a '$ref' to another definition of the path, but the connector platform does not follow it: the operations must be written in the path item.",
        name: "PathItemRefNotSuppored");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (!context.Swagger.Root.TryGetProperty("paths", out var paths))
        {
            return;
        }

        foreach (var path in paths.EnumerateProperties())
        {
            if (path.Kind == JsonValueKind.Object && !SwaggerModel.IsExtension(path.Name!) && path.TryGetProperty("$ref", out var reference))
            {
                context.Report(Rule, reference.NameLocation, path.Name);
            }
        }
    }
}
