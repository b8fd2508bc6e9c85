using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1169: an operation's <c>x-ms-api-annotation</c> has a string <c>family</c> and an integer <c>revision</c> (an
/// integer written as text is read as one). Its status is PPC1047's, its replacement PPC1079's, an empty revision
/// PPC1078's.
/// </summary>
public sealed class ApiAnnotationTypesRule : ConnectorAnalyzer
{
    private const string Title = "x-ms-api-annotation family must be a string and revision an integer";

    private const string Description = "Operational versioning names an operation's family with a string and its version in the family with an integer revision (the OpenAPI extensions documentation, and \"Evolve your API with version control\"). A value of another type does not version the operation.";

    /// <summary>{0}: the operation; {1}: the family as JSON; {2}: its JSON type. On the family.</summary>
    public static readonly DiagnosticDescriptor FamilyNotString = Create("Operation {0} x-ms-api-annotation family {1} is {2}; expected a string, the name the operation's versions share");

    /// <summary>{0}: the operation; {1}: the revision as JSON. On the revision.</summary>
    public static readonly DiagnosticDescriptor RevisionNotInteger = Create("Operation {0} x-ms-api-annotation revision {1} is not an integer; number the operation's versions 1, 2, 3, ...");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [FamilyNotString, RevisionNotInteger];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ApiAnnotationTypeInvalid, Title, messageFormat, DiagnosticSeverity.Error, Description);

    private static void Analyze(OperationContext context)
    {
        if (!ApiAnnotations.TryGet(context.Operation, out var annotation))
        {
            return;
        }

        if (annotation.TryGetProperty("family", out var family) && family.Kind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            context.Report(FamilyNotString, family.Location, OperationNodes.Describe(context.Operation), JsonValueText.Show(family), JsonKindNames.Describe(family.Kind));
        }

        // null (which IsOfType accepts) and blank text are PPC1078's empty revision.
        if (annotation.TryGetProperty("revision", out var revision)
            && !(revision.Kind == JsonValueKind.String && string.IsNullOrWhiteSpace(revision.Value.GetString()))
            && !SchemaNodes.IsOfType(revision.Value, "integer") && !SchemaNodes.IsTextOfType(revision.Value, "integer"))
        {
            context.Report(RevisionNotInteger, revision.Location, OperationNodes.Describe(context.Operation), JsonValueText.Show(revision));
        }
    }
}
