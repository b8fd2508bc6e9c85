using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1162: the <c>value-path</c> of <c>x-ms-dynamic-values</c> names a property of the items the called operation
/// returns: its first success response with a schema, at <c>value-collection</c> (or its root), an array. Property names
/// match in any letter case, as accepted connectors rely on. Only what the schemas declare is judged: a step through a
/// schema without properties, with allOf, additional or dynamic properties, or a collection that is not an array, is
/// left alone (accepted connectors have those, so the validator's InvokedOperationShouldProduceArray is not reported).
/// </summary>
public sealed class DynamicValuesResponseRule : ConnectorAnalyzer
{
    /// <summary>{0}: the object holding the extension; {1}: the value-path; {2}: the called operation; {3}: the missing property. On the value-path.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.DynamicValuesPropertyMissing,
        "x-ms-dynamic-values value-path must name a property of the listed items",
        $"{DynamicExtensions.Values} on {{0}} reads value-path '{{1}}' from the items operation '{{2}}' returns, but they have no property '{{3}}'; use the path of one of their properties",
        DiagnosticSeverity.Error,
        "The designers fill the input with the value at value-path of each item the called operation returns (at value-collection). The swagger validator checks it against the operation's response schema (InvokedOperationShouldProduceProperty): a path to no property of the items gives no values.",
        name: "InvokedOperationShouldProduceProperty");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerExtensionAction(Analyze, DynamicExtensions.OwnerKinds);

    private static void Analyze(SwaggerMemberContext context)
    {
        var value = context.Member.Value;
        if (!context.Member.NameEquals(DynamicExtensions.Values) || !DynamicReferences.TryGetCalled(context, value, out var called)
            || !value.TryGetProperty("value-path"u8, out var valuePath) || valuePath.ValueKind != JsonValueKind.String
            || !TryGetItems(context.Swagger, called, value, out var items))
        {
            return;
        }

        var path = valuePath.GetString()!;
        var schema = items;
        foreach (var segment in path.Split('/'))
        {
            switch (Step(context.Swagger, schema, segment, out schema))
            {
                case StepResult.Unknown:
                    return;
                case StepResult.Missing:
                    context.Element.TryGetProperty("value-path", out var located);
                    context.Report(Rule, located.Location, ExtensionNames.DescribeOwner(context), path, called.OperationId, segment);
                    return;
            }
        }
    }

    /// <summary>The schema of the items the called operation lists, when its schemas say.</summary>
    private static bool TryGetItems(SwaggerDocument swagger, SwaggerOperation called, JsonElement extension, out SourceElement items)
    {
        items = default;
        var response = ResponseNodes.Of(called).FirstOrDefault(r => ResponseNodes.IsSuccess(r.StatusCode) && r.IsResolved && r.Element.TryGetProperty("schema"u8, out _));
        if (response is null || !response.Element.TryGetProperty("schema"u8, out var collection))
        {
            return false;
        }

        if (extension.TryGetProperty("value-collection"u8, out var path) && path.ValueKind == JsonValueKind.String && path.GetString() is { Length: > 0 } segments)
        {
            foreach (var segment in segments.Split('/'))
            {
                if (Step(swagger, collection, segment, out collection) != StepResult.Found)
                {
                    return false;
                }
            }
        }

        return swagger.TryResolve(collection, out var array) && array.Kind == JsonValueKind.Object && array.GetString("type") == "array"
            && array.TryGetProperty("items"u8, out items) && items.Kind == JsonValueKind.Object;
    }

    private enum StepResult
    {
        Found,
        Missing,
        Unknown,
    }

    /// <summary>The property <paramref name="name"/> (in any letter case) of the schema, when the schema says which properties it has.</summary>
    private static StepResult Step(SwaggerDocument swagger, SourceElement schema, string name, out SourceElement property)
    {
        property = default;
        if (!swagger.TryResolve(schema, out var resolved) || resolved.Kind != JsonValueKind.Object || IsOpen(resolved.Value)
            || !resolved.TryGetProperty("properties"u8, out var properties) || properties.Kind != JsonValueKind.Object)
        {
            return StepResult.Unknown;
        }

        foreach (var candidate in properties.Value.EnumerateObject())
        {
            if (string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                property = properties.Member(candidate);
                return StepResult.Found;
            }
        }

        return StepResult.Missing;
    }

    /// <summary>Whether the schema may hold properties it does not list: composed, open to additional ones, or given at run time.</summary>
    private static bool IsOpen(JsonElement schema)
        => schema.TryGetProperty("allOf"u8, out _) || schema.TryGetProperty("anyOf"u8, out _) || schema.TryGetProperty("oneOf"u8, out _)
            || (schema.TryGetProperty("additionalProperties"u8, out var additional) && additional.ValueKind != JsonValueKind.False)
            || schema.TryGetProperty("x-ms-dynamic-schema"u8, out _) || schema.TryGetProperty("x-ms-dynamic-properties"u8, out _);
}
