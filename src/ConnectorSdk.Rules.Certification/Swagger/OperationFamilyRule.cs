using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1078: the operations of a versioned family (<c>x-ms-api-annotation.family</c>) have distinct revisions, at most
/// one of them none, no empty one, and at most two of them are not deprecated. How an operationId ends is PPC1083's.
/// </summary>
public sealed class OperationFamilyRule : ConnectorAnalyzer
{
    /// <summary>The most operations of one family that may be in use (not deprecated) at a time.</summary>
    public const int MaxActive = 2;

    private const string Title = "Versioned operation families must have distinct revisions and at most two active operations";

    private static readonly string Description = $"Operational versioning groups the versions of an action in a family (x-ms-api-annotation family and revision): each revision of a family is unique, at most one operation has none (the original), a revision is never empty, and at most {MaxActive} operations of a family are not deprecated. The validator rejects the rest (OperationFamilyHasDuplicateRevisions, OperationFamilyHasManyEmptyRevisions, OperationRevisionEmpty, OperationFamilyHasManyActiveOperations).";

    /// <summary>{0}: the operation; {1}: the revision as JSON; {2}: the family; {3}: the earlier operation. On the revision.</summary>
    public static readonly DiagnosticDescriptor DuplicateRevision = Create("Operation {0} has revision {1} of family '{2}', as operation {3} does; give each revision of a family its own number");

    /// <summary>{0}: the operation; {1}: the family; {2}: the earlier operation. On the family.</summary>
    public static readonly DiagnosticDescriptor ManyWithoutRevision = Create("Operation {0} has no revision in family '{1}', nor does operation {2}; only the family's original operation may go without a revision");

    /// <summary>{0}: the operation; {1}: the revision as JSON. On the revision.</summary>
    public static readonly DiagnosticDescriptor EmptyRevision = Create("Operation {0} has the empty revision {1}; give it a revision number, such as 2");

    /// <summary>{0}: the family; {1}: how many operations of it are not deprecated; {2}: the operation reported. On its family.</summary>
    public static readonly DiagnosticDescriptor ManyActive = Create($"Family '{{0}}' has {{1}} operations that are not deprecated, operation {{2}} the last; at most {MaxActive} may be in use: mark the older ones \"deprecated\": true");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DuplicateRevision, ManyWithoutRevision, EmptyRevision, ManyActive];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var families = new Dictionary<string, List<(SwaggerOperation Operation, SourceElement Annotation)>>(StringComparer.Ordinal);
        foreach (var operation in context.Swagger.Operations)
        {
            if (ApiAnnotations.TryGetFamily(operation, out var annotation, out var family))
            {
                (families.TryGetValue(family, out var members) ? members : families[family] = []).Add((operation, annotation));
            }
        }

        foreach (var (family, members) in families)
        {
            CheckRevisions(context, family, members);
            var active = members.Where(member => !ApiAnnotations.IsDeprecated(member.Operation)).ToArray();
            if (active.Length > MaxActive)
            {
                active[^1].Annotation.TryGetProperty("family", out var name);
                context.Report(ManyActive, name.Location, family, active.Length, OperationNodes.Describe(active[^1].Operation));
            }
        }
    }

    private static void CheckRevisions(SwaggerContext context, string family, List<(SwaggerOperation Operation, SourceElement Annotation)> members)
    {
        SwaggerOperation? withoutRevision = null;
        var revisions = new Dictionary<string, SwaggerOperation>(StringComparer.Ordinal);
        foreach (var (operation, annotation) in members)
        {
            if (!annotation.TryGetProperty("revision", out var revision))
            {
                if (withoutRevision is not null)
                {
                    annotation.TryGetProperty("family", out var name);
                    context.Report(ManyWithoutRevision, name.Location, OperationNodes.Describe(operation), family, OperationNodes.Describe(withoutRevision));
                }

                withoutRevision ??= operation;
            }
            else if (revision.Kind == JsonValueKind.Null || (revision.Kind == JsonValueKind.String && string.IsNullOrWhiteSpace(revision.Value.GetString())))
            {
                context.Report(EmptyRevision, revision.Location, OperationNodes.Describe(operation), JsonValueText.Show(revision));
            }
            else if (revision.Kind is JsonValueKind.Number or JsonValueKind.String && !revisions.TryAdd(Key(revision), operation))
            {
                context.Report(DuplicateRevision, revision.Location, OperationNodes.Describe(operation), JsonValueText.Show(revision), family, OperationNodes.Describe(revisions[Key(revision)]));
            }
        }
    }

    /// <summary>How revisions compare: 2, 2.0 and "2" are one revision.</summary>
    private static string Key(SourceElement revision)
        => revision.Kind == JsonValueKind.Number && revision.Value.TryGetDecimal(out var number) ? number.ToString("G29", System.Globalization.CultureInfo.InvariantCulture)
            : revision.Kind == JsonValueKind.String ? revision.Value.GetString()!.Trim()
            : revision.Value.GetRawText();

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.OperationFamilyInvalid, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "OperationFamilyHasDuplicateRevisions");
}
