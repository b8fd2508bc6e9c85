using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1047: every <c>x-ms-api-annotation.status</c> is "Preview" or "Production" (in any letter case, as the
/// platform reads it; PPC1187 asks for the documented one), and no operation is Production while the connector
/// declares itself Preview.
/// </summary>
internal sealed class ApiAnnotationStatusRule : ConnectorAnalyzer
{
    public const string Extension = "x-ms-api-annotation";
    public const string Preview = "Preview";
    public const string Production = "Production";
    private const string StatusName = "status";

    private const string Title = "x-ms-api-annotation status must be Preview or Production, and no operation ahead of the connector";

    private const string Description = "The platform knows two release statuses, Preview (the default) and Production; an operation cannot be Production while its connector is Preview (validator code OperationStatusAheadOfConnector).";

    // Braces doubled twice: once for the interpolation, once for the message format.
    private const string ExpectedObject = $"expected an object such as {{{{ \"status\": \"{Preview}\" }}}}";

    private const string ExpectedStatus = $"expected \"{Preview}\" or \"{Production}\"";

    /// <summary>{0}: the annotation's JSON type.</summary>
    public static readonly DiagnosticDescriptor ConnectorNotObject = Create($"The connector's x-ms-api-annotation is {{0}}; {ExpectedObject}");

    /// <summary>{0}: the status as JSON.</summary>
    public static readonly DiagnosticDescriptor ConnectorStatusInvalid = Create($"The connector's x-ms-api-annotation status is {{0}}; {ExpectedStatus}");

    /// <summary>{0}: the operation; {1}: the annotation's JSON type.</summary>
    public static readonly DiagnosticDescriptor OperationNotObject = Create($"Operation {{0}} x-ms-api-annotation is {{1}}; {ExpectedObject}");

    /// <summary>{0}: the operation; {1}: the status as JSON.</summary>
    public static readonly DiagnosticDescriptor OperationStatusInvalid = Create($"Operation {{0}} x-ms-api-annotation status is {{1}}; {ExpectedStatus}");

    /// <summary>{0}: the status as JSON; {1}: how many statuses of the file are written so. Reported at the first.</summary>
    public static readonly DiagnosticDescriptor StatusInvalidRepeated = Create($"x-ms-api-annotation status {{0}} is written {{1}} times in this file; {ExpectedStatus}");

    /// <summary>{0}: the operation.</summary>
    public static readonly DiagnosticDescriptor OperationAhead = Create(
        $"Operation {{0}} is \"{Production}\" while the connector's x-ms-api-annotation status is \"{Preview}\"; an operation cannot be ahead of its connector: mark the connector {Production} or the operation {Preview}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ConnectorNotObject, ConnectorStatusInvalid, OperationNotObject, OperationStatusInvalid, StatusInvalidRepeated, OperationAhead];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var root = context.Swagger.Root;
        var invalid = new List<InvalidStatus>();

        // The connector's status: written under info (as the platform exports it) or at the top level.
        string? connectorStatus = null;
        if (ConnectorInfo.TryGetInfo(root, out var info) && info.TryGetProperty(Extension, out var infoAnnotation))
        {
            connectorStatus = CheckStatus(context, invalid, infoAnnotation, ConnectorNotObject, ConnectorStatusInvalid);
        }

        if (root.TryGetProperty(Extension, out var topAnnotation) && CheckStatus(context, invalid, topAnnotation, ConnectorNotObject, ConnectorStatusInvalid) is { } topStatus)
        {
            connectorStatus ??= topStatus;
        }

        foreach (var operation in context.Swagger.Operations)
        {
            var name = OperationNodes.Describe(operation);
            if (operation.Element.TryGetProperty(Extension, out var annotation)
                && CheckStatus(context, invalid, annotation, OperationNotObject, OperationStatusInvalid, name) is Production
                && connectorStatus == Preview)
            {
                annotation.TryGetProperty(StatusName, out var status);
                context.Report(OperationAhead, status.Location, name);
            }
        }

        // One finding per distinct wrong value: a status copied into every operation is one mistake.
        foreach (var same in invalid.GroupBy(status => status.Json))
        {
            var first = same.First();
            if (same.Count() == 1)
            {
                context.Report(first.Descriptor, first.Status.Location, [.. first.Owner, first.Json]);
            }
            else
            {
                context.Report(StatusInvalidRepeated, first.Status.Location, first.Json, same.Count());
            }
        }
    }

    /// <summary>
    /// Reports a malformed annotation (with <paramref name="owner"/> first, for an operation) and collects a status that
    /// is neither Preview nor Production; returns the status when it is a valid one.
    /// </summary>
    private static string? CheckStatus(SwaggerContext context, List<InvalidStatus> invalidStatuses, SourceElement annotation, DiagnosticDescriptor notObject, DiagnosticDescriptor invalid, params object[] owner)
    {
        if (annotation.Kind != JsonValueKind.Object)
        {
            context.Report(notObject, annotation.Location, [.. owner, JsonKindNames.Describe(annotation.Kind)]);
            return null;
        }

        if (!annotation.TryGetProperty(StatusName, out var status))
        {
            return null; // Preview by default.
        }

        if (Canonical(status) is { } canonical)
        {
            return canonical;
        }

        invalidStatuses.Add(new InvalidStatus(status, JsonValueText.Show(status), invalid, owner));
        return null;
    }

    /// <summary>A status that is neither Preview nor Production, with the shape and owner it is reported with when it is the only one so written.</summary>
    private sealed record InvalidStatus(SourceElement Status, string Json, DiagnosticDescriptor Descriptor, object[] Owner);

    /// <summary>The documented spelling of a string status written in any letter case, or null.</summary>
    internal static string? Canonical(SourceElement status)
        => status.Kind == JsonValueKind.String && status.Value.GetString() is { } text
            ? Array.Find([Preview, Production], known => string.Equals(known, text, StringComparison.OrdinalIgnoreCase))
            : null;

    /// <summary>Every status written: the connector's (under <c>info</c> and at the top level), then the operations'.</summary>
    internal static IEnumerable<SourceElement> Statuses(SwaggerContext context)
    {
        var root = context.Swagger.Root;
        var annotations = new List<SourceElement>();
        if (ConnectorInfo.TryGetInfo(root, out var info) && info.TryGetProperty(Extension, out var infoAnnotation))
        {
            annotations.Add(infoAnnotation);
        }

        if (root.TryGetProperty(Extension, out var topAnnotation))
        {
            annotations.Add(topAnnotation);
        }

        foreach (var operation in context.Swagger.Operations)
        {
            if (operation.Element.TryGetProperty(Extension, out var annotation))
            {
                annotations.Add(annotation);
            }
        }

        foreach (var annotation in annotations)
        {
            if (annotation.TryGetProperty(StatusName, out var status))
            {
                yield return status;
            }
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ApiAnnotationStatus, Title, messageFormat, DiagnosticSeverity.Error, Description);
}
