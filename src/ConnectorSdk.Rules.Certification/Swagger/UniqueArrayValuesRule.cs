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
public sealed class UniqueArrayValuesRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ArrayValueDuplicate,
        title: "Values of `enum`, `required`, `consumes`, `produces` and `schemes` must be unique",
        messageFormat: "'{0}' lists {1} again (already at index {2}); each value may appear once",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "The swagger validator rejects a repeated value in arrays that are sets: enum, required, consumes, produces and schemes.",
        name: "ArrayDuplicateValue");

    private static readonly string[] MediaLists = ["consumes", "produces", "schemes"];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context)
    {
        context.RegisterSwaggerAction(c => CheckLists(c, c.Swagger.Root, MediaLists));
        context.RegisterOperationAction(c => CheckLists(c, c.Operation.Element, MediaLists));
        context.RegisterSchemaAction(c => CheckLists(c, c.Schema, ["enum", "required"]));
        context.RegisterParameterAction(c =>
        {
            foreach (var element in SimpleTypeObjects.Of(c.Parameter.Element))
            {
                CheckLists(c, element, ["enum"]);
            }
        });
        context.RegisterResponseAction(c =>
        {
            foreach (var element in SimpleTypeObjects.HeadersOf(c.Response.Element))
            {
                CheckLists(c, element, ["enum"]);
            }
        });
    }

    private static void CheckLists(ConnectorContext context, SourceElement owner, string[] names)
    {
        foreach (var name in names)
        {
            if (owner.TryGetProperty(name, out var list) && list.Kind == JsonValueKind.Array)
            {
                Check(context, name, list);
            }
        }
    }

    /// <summary>Strings (almost every value) through a dictionary; other values against the earlier non-strings, as JSON values.</summary>
    private static void Check(ConnectorContext context, string name, SourceElement list)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        List<(JsonElement Value, int Index)>? others = null;
        var index = 0;
        foreach (var item in list.Value.EnumerateArray())
        {
            var first = -1;
            if (item.ValueKind == JsonValueKind.String)
            {
                var value = item.GetString()!;
                if (!strings.TryAdd(value, index))
                {
                    first = strings[value];
                }
            }
            else
            {
                others ??= [];
                foreach (var (earlier, earlierIndex) in others)
                {
                    if (JsonElement.DeepEquals(earlier, item))
                    {
                        first = earlierIndex;
                        break;
                    }
                }

                if (first < 0)
                {
                    others.Add((item, index));
                }
            }

            if (first >= 0)
            {
                context.Report(Rule, Location.InJson(list.File.Path, JsonPointer.Append(list.Pointer, index)), name, item.GetRawText(), first);
            }

            index++;
        }
    }
}
