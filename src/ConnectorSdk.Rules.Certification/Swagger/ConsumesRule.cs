using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1084 (the warning half of the PPC1072 row): an operation that sends a body or form data has a <c>consumes</c>
/// (its own or the document's) listing at least one request type the platform supports.
/// </summary>
public sealed class ConsumesRule : ConnectorAnalyzer
{
    private const string Title = "Operations that send content should list a supported request type in consumes";

    private const string Description = "The platform sets a request's Content-Type from consumes; the validator flags an operation with a body or form data and no consumes (ConsumesMissing), or with none of the types it supports (MimeTypeNotSupported). Many accepted connectors rely on the default, JSON: a warning.";

    private static readonly string Supported = ValueLists.Quote(MimeTypes.Supported);

    /// <summary>{0}: the operation. Reported on the verb.</summary>
    public static readonly DiagnosticDescriptor Missing = Create($"Operation {{0}} sends a body or form data but neither it nor the document has a consumes list; list the request type, one of {Supported}");

    /// <summary>{0}: the operation; {1}: the types listed. Reported on the list.</summary>
    public static readonly DiagnosticDescriptor NotSupported = Create($"Operation {{0}} sends a body or form data as {{1}}; the platform supports {Supported}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Missing, NotSupported];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        var operation = context.Operation;
        if (!MimeTypes.SendsContent(operation))
        {
            return;
        }

        if (MimeTypes.Consumes(context.Swagger, operation) is not { } consumes || !consumes.EnumerateItems().Any())
        {
            context.Report(Missing, operation.Element.NameLocation, OperationNodes.Describe(operation));
        }
        else if (MimeTypes.Entries(consumes).ToArray() is { Length: > 0 } entries && !entries.Any(entry => MimeTypes.Supported.Contains(entry.Essence)))
        {
            context.Report(NotSupported, consumes.Location, OperationNodes.Describe(operation), ValueLists.Quote([.. entries.Select(entry => entry.Entry.Value.GetString()!)]));
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ConsumesMissing, Title, messageFormat, DiagnosticSeverity.Warning, Description, mode: AnalysisMode.Recommended, name: "ConsumesMissing");
}
