using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1055: an operationId that the swagger refers to (dynamic values, lists, schemas, properties and
/// trees, test connection, file picker, notification, simulation) names an operation of the same swagger,
/// with the same letter case.
/// </summary>
/// <remarks>The document is walked once for this rule and PPC1016 together (<see cref="SwaggerWalker"/>).</remarks>
public sealed class OperationIdReferenceRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ReferencedOperationMissing,
        title: "Referenced operationIds must exist in the swagger",
        messageFormat: "{0} refers to operation '{1}', but no operation of this swagger has that operationId{2}",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "Extensions such as x-ms-dynamic-values, x-ms-dynamic-schema, x-ms-dynamic-tree and x-ms-capabilities.testConnection make the platform call another operation of the connector by its operationId; that operation must exist.",
        name: "OperationIdNotFound");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context)
        => context.RegisterConnectorStartAction(start => SwaggerWalker.Register(start, swagger => new Visitor(swagger)));

    private sealed class Visitor(SwaggerDocument swagger) : SwaggerMemberVisitor
    {
        // Made at the first reference: many swaggers refer to no operation.
        private HashSet<string>? _declared;

        protected override void VisitMember(SwaggerWalker walker, SwaggerNodeKind owner, JsonProperty member)
        {
            foreach (var path in OperationIds.ReferencePaths(owner, member))
            {
                if (TryFollow(member.Value, path, out var id) && !(id.ValueKind == JsonValueKind.String && Declared.Contains(id.GetString()!)))
                {
                    Report(walker, member, path, id);
                }
            }
        }

        private HashSet<string> Declared => _declared ??= OperationIds.Declared(swagger);

        private void Report(SwaggerWalker walker, JsonProperty member, string[] path, JsonElement id)
        {
            var extension = walker.Locate(member);
            extension.TryNavigate(path, out var located);
            var where = string.Join('.', path[..^1].Prepend(member.Name));
            var name = id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
            Record(Rule, located.Location, where, name, Hint(name));
        }

        private string Hint(string name)
        {
            // In document order, so that the suggestion does not depend on a set's order.
            return Spelling.Closest(name, swagger.Operations.Select(operation => operation.OperationId).OfType<string>()) switch
            {
                null => "",
                var other when string.Equals(other, name, StringComparison.OrdinalIgnoreCase) => $"; did you mean '{other}'? (operationIds match with their letter case)",
                var other => $"; did you mean '{other}'?",
            };
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
}
