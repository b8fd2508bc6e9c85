using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1163: <c>x-ms-dynamic-list</c> on a parameter or a schema is an object naming the operation to call (a string
/// <c>operationId</c>), with an object <c>parameters</c> and string <c>itemsPath</c>, <c>itemTitlePath</c> and
/// <c>itemValuePath</c>; and an <c>x-ms-dynamic-values</c> whose parameters refer to a body property by its path
/// (<c>{"parameter": "body/siteId"}</c>) has an <c>x-ms-dynamic-list</c> beside it, which can say so. A missing
/// <c>parameters</c> is accepted: accepted connectors leave it out.
/// </summary>
public sealed class DynamicListRule : ConnectorAnalyzer
{
    private const string Extension = "x-ms-dynamic-list";

    private const string Title = "x-ms-dynamic-list must name the operation to call, and go with dynamic values that refer to body properties";

    private const string Description = "x-ms-dynamic-list is the newer form of x-ms-dynamic-values: the OpenAPI extensions documentation requires its operationId, gives parameters as an object and itemsPath, itemTitlePath and itemValuePath as path strings, and asks for it beside x-ms-dynamic-values when a parameter reference points into body properties, which only x-ms-dynamic-list's parameterReference can name (the validator's DynamicListExtensionRequiredForNonParameterReferences).";

    /// <summary>{0}: the object holding it; {1}: the value's JSON type. On the value.</summary>
    public static readonly DiagnosticDescriptor NotObject = Create($"{Extension} on {{0}} is {{1}}; expected an object with the operationId of the operation that lists the values");

    /// <summary>{0}: the object holding it. On the extension's name.</summary>
    public static readonly DiagnosticDescriptor OperationIdMissing = Create($"{Extension} on {{0}} has no operationId; name the operation that lists the values");

    /// <summary>{0}: the object holding it; {1}: the member; {2}: its JSON type; {3}: the type expected. On the member's value.</summary>
    public static readonly DiagnosticDescriptor MemberType = Create($"{Extension} on {{0}} has '{{1}}' that is {{2}}; expected {{3}}");

    /// <summary>{0}: the object holding it; {1}: the reference. On the reference.</summary>
    public static readonly DiagnosticDescriptor ListMissing = Create($"x-ms-dynamic-values on {{0}} refers to the body property '{{1}}', but has no {Extension} beside it; add one whose parameters name it with {{{{ \"parameterReference\": \"{{1}}\" }}}}");

    private static readonly (string Member, JsonValueKind Kind)[] Members =
    [
        ("operationId", JsonValueKind.String), ("parameters", JsonValueKind.Object), ("itemsPath", JsonValueKind.String),
        ("itemTitlePath", JsonValueKind.String), ("itemValuePath", JsonValueKind.String),
    ];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NotObject, OperationIdMissing, MemberType, ListMissing];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerExtensionAction(Analyze, DynamicExtensions.OwnerKinds);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.DynamicListInvalid, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "DynamicListExtensionRequiredForNonParameterReferences");

    private static void Analyze(SwaggerMemberContext context)
    {
        if (context.Member.NameEquals(Extension))
        {
            DynamicExtensions.CheckShape(context, Members, NotObject, OperationIdMissing, MemberType);
        }
        else if (context.Member.NameEquals(DynamicExtensions.Values) && !context.Owner.Value.TryGetProperty(Extension, out _)
            && DynamicReferences.TryGetPathReference(context.Member.Value, out var key, out var reference))
        {
            context.Element.TryNavigate(["parameters", key, "parameter"], out var located);
            context.Report(ListMissing, located.Location, ExtensionNames.DescribeOwner(context), reference);
        }
    }
}
