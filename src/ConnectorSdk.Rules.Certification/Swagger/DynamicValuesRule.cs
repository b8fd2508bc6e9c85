using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1161: <c>x-ms-dynamic-values</c> on a parameter or a schema is an object that names the operation to call (a
/// string <c>operationId</c>), unless it is the builtin form with a <c>capability</c>; its <c>parameters</c> is an object
/// and its <c>value-collection</c>, <c>value-path</c> and <c>value-title</c> are strings. <c>parameters</c> may be left
/// out (the called operation then gets none): accepted connectors do it. An operationId that names no operation is
/// PPC1055's; a path with a leading '/' PPC1177's.
/// </summary>
public sealed class DynamicValuesRule : ConnectorAnalyzer
{
    private const string Title = "x-ms-dynamic-values must name the operation to call, with members of their types";

    private const string Description = "x-ms-dynamic-values makes the designers call another operation of the connector for an input's values: the OpenAPI extensions documentation requires its operationId (the builtin file picker form has a capability instead) and gives parameters as an object and value-collection, value-path and value-title as path strings. Another shape is not read.";

    /// <summary>{0}: the object holding it; {1}: the value's JSON type. On the value.</summary>
    public static readonly DiagnosticDescriptor NotObject = Create($"{DynamicExtensions.Values} on {{0}} is {{1}}; expected an object with the operationId of the operation that lists the values");

    /// <summary>{0}: the object holding it. On the extension's name.</summary>
    public static readonly DiagnosticDescriptor OperationIdMissing = Create($"{DynamicExtensions.Values} on {{0}} has no operationId; name the operation that lists the values");

    /// <summary>{0}: the object holding it; {1}: the member; {2}: its JSON type; {3}: the type expected. On the member's value.</summary>
    public static readonly DiagnosticDescriptor MemberType = Create($"{DynamicExtensions.Values} on {{0}} has '{{1}}' that is {{2}}; expected {{3}}");

    private static readonly (string Member, JsonValueKind Kind)[] Members =
    [
        ("operationId", JsonValueKind.String), ("parameters", JsonValueKind.Object), ("value-collection", JsonValueKind.String),
        ("value-path", JsonValueKind.String), ("value-title", JsonValueKind.String),
    ];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NotObject, OperationIdMissing, MemberType];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerExtensionAction(Analyze, DynamicExtensions.OwnerKinds);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.DynamicValuesInvalid, Title, messageFormat, DiagnosticSeverity.Error, Description);

    private static void Analyze(SwaggerMemberContext context)
    {
        if (context.Member.NameEquals(DynamicExtensions.Values))
        {
            DynamicExtensions.CheckShape(context, Members, NotObject, OperationIdMissing, MemberType, builtin: "capability");
        }
    }
}
