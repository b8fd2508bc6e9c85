using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// The one place that knows where a swagger declares operationIds and where it refers to them: the
/// extensions whose behaviour calls another operation of the same connector.
/// </summary>
internal static class OperationIds
{
    private static readonly string[][] OperationIdOnly = [["operationId"]];
    private static readonly string[][] TreeOperations = [["open", "operationId"], ["browse", "operationId"]];
    private static readonly string[][] SimulateOperation = [["simulate", "operationId"]];
    private static readonly string[][] ConnectorCapabilities = [["testConnection", "operationId"], ["file-picker", "open", "operationId"], ["file-picker", "browse", "operationId"]];

    /// <summary>Every operationId of the connector's swagger declared as a string, compared exactly as written (asked for from swagger actions).</summary>
    public static readonly ConnectorValueProvider<HashSet<string>> Declared = new(connector => DeclaredIn(connector.Swagger!));

    private static HashSet<string> DeclaredIn(SwaggerDocument swagger)
    {
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in swagger.Operations)
        {
            if (operation.OperationId is { } id)
            {
                declared.Add(id);
            }
        }

        return declared;
    }

    /// <summary>
    /// Where, inside the value of <paramref name="member"/>, operationIds are referred to: each entry is a
    /// chain of property names from that value to an operationId. Empty when the member refers to none.
    /// The dynamic extensions (values, list, schema, properties) may sit on parameters, schema properties
    /// and responses; <c>x-ms-dynamic-tree</c> names an <c>open</c> and a <c>browse</c> operation;
    /// <c>x-ms-notification</c> and <c>x-ms-operation-context.simulate</c> sit on operations; the connector's
    /// <c>x-ms-capabilities</c> (document level) names its test-connection and file-picker operations.
    /// A dynamic-values extension of the builtin form <c>{"capability": "file-picker"}</c> has no operationId
    /// and so refers to nothing.
    /// </summary>
    public static string[][] ReferencePaths(SwaggerNodeKind owner, JsonProperty member)
    {
        // Only x-ms-* extensions refer to operations; most members are not, and this test is the cheapest.
        if (member.Value.ValueKind != JsonValueKind.Object || !Utf8Text.Name(member).StartsWith("x-ms-"u8))
        {
            return [];
        }

        if (member.NameEquals("x-ms-dynamic-values"u8) || member.NameEquals("x-ms-dynamic-list"u8)
            || member.NameEquals("x-ms-dynamic-schema"u8) || member.NameEquals("x-ms-dynamic-properties"u8)
            || member.NameEquals("x-ms-notification"u8))
        {
            return OperationIdOnly;
        }

        if (member.NameEquals("x-ms-dynamic-tree"u8))
        {
            return TreeOperations;
        }

        if (member.NameEquals("x-ms-operation-context"u8))
        {
            return SimulateOperation;
        }

        return owner == SwaggerNodeKind.Document && member.NameEquals("x-ms-capabilities"u8) ? ConnectorCapabilities : [];
    }
}
