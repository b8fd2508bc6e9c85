using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1019: the arrays whose values form a set hold each value once: <c>enum</c> and <c>required</c>
/// of schemas, <c>enum</c> of parameters, their items and response headers, and <c>consumes</c>,
/// <c>produces</c> and <c>schemes</c> of the document and of operations. Values are compared as JSON
/// values (<c>1</c> and <c>1.0</c> are the same number; <c>"1"</c> is another value).
/// </summary>
/// <remarks>Each place is reached through the engine's dispatch (no walk of its own).</remarks>
internal sealed class UniqueArrayValuesRule : ConnectorAnalyzer
{
    /// <summary>{0}: the list's name; {1}: the value as JSON; {2}: the index of its first occurrence.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ArrayValueDuplicate,
        title: "Values of `enum`, `required`, `consumes`, `produces` and `schemes` must be unique",
        messageFormat: "'{0}' lists {1} again (already at index {2}); each value may appear once",
        DiagnosticSeverity.Error,
        description: "The swagger validator rejects a repeated value in arrays that are sets: enum, required, consumes, produces and schemes.",
        name: "ArrayDuplicateValue");

    private static readonly string[] MediaLists = ["consumes", "produces", "schemes"];

    private static readonly string[] SchemaLists = ["enum", "required"];

    private static readonly string[] EnumList = ["enum"];

    /// <summary>Lists up to this length compare each value with the earlier ones; longer ones index their strings.</summary>
    private const int MaxScannedLength = 16;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context)
    {
        context.RegisterSwaggerAction(c => CheckLists(c, c.Swagger.Root, MediaLists));
        context.RegisterOperationAction(c => CheckLists(c, c.Operation.Element, MediaLists));
        context.RegisterSchemaAction(c => CheckLists(c, c.Schema, SchemaLists));
        context.RegisterParameterAction(c =>
        {
            foreach (var element in SimpleTypeObjects.Of(c.Parameter.Element))
            {
                CheckLists(c, element, EnumList);
            }
        });
        context.RegisterResponseAction(c =>
        {
            foreach (var element in SimpleTypeObjects.HeadersOf(c.Response.Element))
            {
                CheckLists(c, element, EnumList);
            }
        });
    }

    private static void CheckLists(ConnectorContext context, SourceElement owner, string[] names)
    {
        if (owner.Kind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var name in names)
        {
            if (owner.Value.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
            {
                Check(context, owner, name, list);
            }
        }
    }

    /// <summary>
    /// Each value against the earlier ones, without a string per value; in a long list, strings (almost every
    /// value) through a dictionary. The list's pointer is made only for a finding.
    /// </summary>
    private static void Check(ConnectorContext context, SourceElement owner, string name, JsonElement list)
    {
        var strings = list.GetArrayLength() > MaxScannedLength ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            int first;
            if (strings is not null && item.ValueKind == JsonValueKind.String)
            {
                var value = item.GetString()!;
                first = strings.TryAdd(value, index) ? -1 : strings[value];
            }
            else
            {
                first = FirstEqual(list, item, index);
            }

            if (first >= 0)
            {
                owner.TryGetProperty(name, out var located);
                context.Report(Rule, located.Item(item, index).Location, name, item.GetRawText(), first);
            }

            index++;
        }
    }

    /// <summary>The index of the first value before <paramref name="index"/> that equals <paramref name="item"/>, or -1.</summary>
    private static int FirstEqual(JsonElement list, JsonElement item, int index)
    {
        var earlierIndex = 0;
        foreach (var earlier in list.EnumerateArray())
        {
            if (earlierIndex == index)
            {
                break;
            }

            if (SameValue(earlier, item))
            {
                return earlierIndex;
            }

            earlierIndex++;
        }

        return -1;
    }

    /// <summary>Strings by their decoded text, other values as JSON values; a string never equals another kind.</summary>
    private static bool SameValue(JsonElement earlier, JsonElement item)
    {
        if (earlier.ValueKind != JsonValueKind.String || item.ValueKind != JsonValueKind.String)
        {
            return earlier.ValueKind != JsonValueKind.String && item.ValueKind != JsonValueKind.String && JsonElement.DeepEquals(earlier, item);
        }

        return Utf8Text.String(earlier).SequenceEqual(Utf8Text.String(item));
    }
}
