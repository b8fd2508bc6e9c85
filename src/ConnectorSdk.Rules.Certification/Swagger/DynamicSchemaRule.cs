using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1164: <c>x-ms-dynamic-schema</c> on a parameter or a schema is an object naming the operation that gives the
/// schema (a string <c>operationId</c>), with an object <c>parameters</c> and a string <c>value-path</c>. A value-path to
/// <c>properties</c> needs <c>x-ms-dynamic-properties</c> beside it, and that extension's <c>itemValuePath</c> is the
/// value-path without its last <c>properties</c> (left out for the response's root); parameters that refer to a body
/// property by its path need it too. A missing <c>parameters</c> is accepted: accepted connectors leave it out.
/// </summary>
public sealed class DynamicSchemaRule : ConnectorAnalyzer
{
    private const string Extension = "x-ms-dynamic-schema";

    private const string Properties = "x-ms-dynamic-properties";

    private const string Title = "x-ms-dynamic-schema must name the operation to call, and agree with x-ms-dynamic-properties";

    private const string Description = "x-ms-dynamic-schema makes the designers call another operation of the connector for an input's or output's schema: the OpenAPI extensions documentation requires its operationId and gives parameters as an object and value-path as a path string. When the schema the operation returns is at a 'properties' member, x-ms-dynamic-properties must say where its items are (DynamicPropertiesExtensionRequired*), with an itemValuePath that matches the value-path (DynamicPropertiesItemValuePathMismatch); so must parameters that refer to a body property by its path, which only its parameterReference can name.";

    /// <summary>{0}: the object holding it; {1}: the value's JSON type. On the value.</summary>
    public static readonly DiagnosticDescriptor NotObject = Create($"{Extension} on {{0}} is {{1}}; expected an object with the operationId of the operation that gives the schema");

    /// <summary>{0}: the object holding it. On the extension's name.</summary>
    public static readonly DiagnosticDescriptor OperationIdMissing = Create($"{Extension} on {{0}} has no operationId; name the operation that gives the schema");

    /// <summary>{0}: the object holding it; {1}: the member; {2}: its JSON type; {3}: the type expected. On the member's value.</summary>
    public static readonly DiagnosticDescriptor MemberType = Create($"{Extension} on {{0}} has '{{1}}' that is {{2}}; expected {{3}}");

    /// <summary>{0}: the object holding it; {1}: the value-path; {2}: the itemValuePath to give. On the value-path.</summary>
    public static readonly DiagnosticDescriptor PropertiesMissing = Create($"{Extension} on {{0}} has value-path \"{{1}}\", a schema's properties, but no {Properties} beside it; add {{{{ \"operationId\": ..., \"parameters\": ..., \"itemValuePath\": \"{{2}}\" }}}}");

    /// <summary>{0}: the object holding it; {1}: the itemValuePath as JSON, or "no itemValuePath"; {2}: the value-path; {3}: what the itemValuePath should be. On the itemValuePath, else the extension's name.</summary>
    public static readonly DiagnosticDescriptor ItemValuePathMismatch = Create($"{Properties} on {{0}} has {{1}}, but {Extension} has value-path \"{{2}}\"; expected {{3}}, the value-path without its last 'properties'");

    /// <summary>{0}: the object holding it; {1}: the reference. On the reference.</summary>
    public static readonly DiagnosticDescriptor ReferenceWithoutProperties = Create($"{Extension} on {{0}} refers to the body property '{{1}}', but has no {Properties} beside it; add one whose parameters name it with {{{{ \"parameterReference\": \"{{1}}\" }}}}");

    private static readonly (string Member, JsonValueKind Kind)[] Members =
        [("operationId", JsonValueKind.String), ("parameters", JsonValueKind.Object), ("value-path", JsonValueKind.String)];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NotObject, OperationIdMissing, MemberType, PropertiesMissing, ItemValuePathMismatch, ReferenceWithoutProperties];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerExtensionAction(Analyze, DynamicExtensions.OwnerKinds);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.DynamicSchemaInvalid, Title, messageFormat, DiagnosticSeverity.Error, Description);

    private static void Analyze(SwaggerMemberContext context)
    {
        if (!context.Member.NameEquals(Extension) || !DynamicExtensions.CheckShape(context, Members, NotObject, OperationIdMissing, MemberType))
        {
            return;
        }

        var valuePath = context.Member.Value.TryGetProperty("value-path"u8, out var path) && path.ValueKind == JsonValueKind.String ? path.GetString()! : "";
        var itemValuePath = valuePath == "properties" ? "" : valuePath.EndsWith("/properties", StringComparison.Ordinal) ? valuePath[..^"/properties".Length] : null;
        var owner = context.Owner;
        if (!owner.TryGetProperty(Properties, out var properties))
        {
            if (itemValuePath is not null)
            {
                context.Element.TryGetProperty("value-path", out var located);
                context.Report(PropertiesMissing, located.Location, ExtensionNames.DescribeOwner(context), valuePath, itemValuePath);
            }
            else if (DynamicReferences.TryGetPathReference(context.Member.Value, out var key, out var reference))
            {
                context.Element.TryNavigate(["parameters", key, "parameter"], out var located);
                context.Report(ReferenceWithoutProperties, located.Location, ExtensionNames.DescribeOwner(context), reference);
            }

            return;
        }

        if (properties.Kind != JsonValueKind.Object)
        {
            return;
        }

        // What the properties' items are at: the value-path without its last 'properties', else the value-path itself.
        var expected = itemValuePath ?? valuePath;
        var given = properties.TryGetProperty("itemValuePath", out var item) ? item : default;
        var actual = given.Kind == JsonValueKind.String ? given.Value.GetString() : given.Kind == JsonValueKind.Undefined ? "" : null;
        if (actual != expected)
        {
            context.Report(ItemValuePathMismatch, given.Kind == JsonValueKind.Undefined ? properties.NameLocation : given.Location, ExtensionNames.DescribeOwner(context),
                given.Kind == JsonValueKind.Undefined ? "no itemValuePath" : $"itemValuePath {JsonValueText.Show(given)}",
                valuePath, expected.Length == 0 ? "no itemValuePath (the response's root)" : $"\"{expected}\"");
        }
    }
}
