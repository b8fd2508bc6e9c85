using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1047: every <c>x-ms-api-annotation.status</c> is "Preview" or "Production", and no operation is
/// Production while the connector declares itself Preview.
/// </summary>
public sealed class ApiAnnotationStatusRule : ConnectorAnalyzer
{
    public const string Extension = "x-ms-api-annotation";
    public const string Preview = "Preview";
    public const string Production = "Production";

    /// <summary>{0}: what is wrong.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ApiAnnotationStatus,
        "x-ms-api-annotation status must be Preview or Production, and no operation ahead of the connector",
        "{0}",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.All,
        "The platform knows two release statuses, Preview (the default) and Production; an operation cannot be Production while its connector is Preview (validator code OperationStatusAheadOfConnector).");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var root = context.Swagger.Root;

        // The connector's status: written under info (as the platform exports it) or at the top level.
        string? connectorStatus = null;
        if (ConnectorInfo.TryGetInfo(root, out var info) && info.TryGetProperty(Extension, out var infoAnnotation))
        {
            connectorStatus = CheckStatus(context, infoAnnotation, "The connector's");
        }

        if (root.TryGetProperty(Extension, out var topAnnotation) && CheckStatus(context, topAnnotation, "The connector's") is { } topStatus)
        {
            connectorStatus ??= topStatus;
        }

        foreach (var operation in context.Swagger.Operations)
        {
            if (operation.Element.TryGetProperty(Extension, out var annotation)
                && CheckStatus(context, annotation, $"Operation {Describe(operation)}") is Production
                && connectorStatus == Preview)
            {
                annotation.TryGetProperty("status", out var status);
                context.Report(Rule, status.Location, $"Operation {Describe(operation)} is \"Production\" while the connector's x-ms-api-annotation status is \"Preview\"; an operation cannot be ahead of its connector: mark the connector Production or the operation Preview");
            }
        }
    }

    /// <summary>Reports a malformed annotation or status; returns the status when it is a valid one.</summary>
    private static string? CheckStatus(SwaggerContext context, SourceElement annotation, string owner)
    {
        if (annotation.Kind != JsonValueKind.Object)
        {
            context.Report(Rule, annotation.Location, $"{owner} x-ms-api-annotation is {JsonKindNames.Describe(annotation.Kind)}; expected an object such as {{ \"status\": \"Preview\" }}");
            return null;
        }

        if (!annotation.TryGetProperty("status", out var status))
        {
            return null; // Preview by default.
        }

        var text = status.Kind == JsonValueKind.String ? status.Value.GetString() : null;
        if (text is Preview or Production)
        {
            return text;
        }

        context.Report(Rule, status.Location, $"{owner} x-ms-api-annotation status is {JsonValueText.Show(status)}; expected \"Preview\" or \"Production\"");
        return null;
    }

    private static string Describe(Analysis.Swagger.SwaggerOperation operation)
        => operation.OperationId is { } id ? $"'{id}'" : $"{operation.Method.ToUpperInvariant()} {operation.Path}";
}
