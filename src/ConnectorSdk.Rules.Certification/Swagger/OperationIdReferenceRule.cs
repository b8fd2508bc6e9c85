using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1055: an operationId that the swagger refers to (dynamic values, lists, schemas, properties and
/// trees, test connection, file picker, notification, simulation) names an operation of the same swagger,
/// with the same letter case.
/// </summary>
/// <remarks>Every extension the engine's walk reaches is looked at; the declared operationIds are the shared <see cref="OperationIds.Declared"/>.</remarks>
internal sealed class OperationIdReferenceRule : ConnectorAnalyzer
{
    private const string Title = "Referenced operationIds must exist in the swagger";

    private const string Description = "Extensions such as x-ms-dynamic-values, x-ms-dynamic-schema, x-ms-dynamic-tree and x-ms-capabilities.testConnection make the platform call another operation of the connector by its operationId; that operation must exist.";

    /// <summary>{0}: where the reference is (the extension and the members leading to its operationId); {1}: the operationId.</summary>
    public static readonly DiagnosticDescriptor Rule = Create("{0} refers to operation '{1}', but no operation of this swagger has that operationId");

    /// <summary>{0}: where; {1}: the operationId; {2}: the declared operationId it most likely means.</summary>
    public static readonly DiagnosticDescriptor Typo = Create("{0} refers to operation '{1}', but no operation of this swagger has that operationId; did you mean '{2}'?");

    /// <summary>{0}: where; {1}: the operationId; {2}: the declared operationId that differs only in letter case.</summary>
    public static readonly DiagnosticDescriptor LetterCase = Create("{0} refers to operation '{1}', but no operation of this swagger has that operationId; did you mean '{2}'? (operationIds match with their letter case)");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule, Typo, LetterCase];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerExtensionAction(Analyze);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ReferencedOperationMissing, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "OperationIdNotFound");

    private static void Analyze(SwaggerMemberContext context)
    {
        var member = context.Member;
        foreach (var path in OperationIds.ReferencePaths(context.OwnerKind, member))
        {
            // The declared set is made at the first reference, once per connector: many swaggers refer to no operation.
            if (TryFollow(member.Value, path, out var id) && !(id.ValueKind == JsonValueKind.String && context.GetValue(OperationIds.Declared).Contains(id.GetString()!)))
            {
                Report(context, path, id);
            }
        }
    }

    private static void Report(SwaggerMemberContext context, string[] path, JsonElement id)
    {
        context.Element.TryNavigate(path, out var located);
        var where = string.Join('.', path[..^1].Prepend(context.Member.Name));
        var name = id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();

        // In document order, so that the suggestion does not depend on a set's order.
        switch (Spelling.Closest(name, context.Swagger.Operations.Select(operation => operation.OperationId).OfType<string>()))
        {
            case null:
                context.Report(Rule, located.Location, where, name);
                break;
            case var other when string.Equals(other, name, StringComparison.OrdinalIgnoreCase):
                context.Report(LetterCase, located.Location, where, name, other);
                break;
            case var other:
                context.Report(Typo, located.Location, where, name, other);
                break;
        }
    }

    private static bool TryFollow(JsonElement value, string[] path, out JsonElement target)
    {
        target = value;
        foreach (var name in path)
        {
            if (target.ValueKind != JsonValueKind.Object || !target.TryGetProperty(name, out target))
            {
                return false;
            }
        }

        return true;
    }
}
