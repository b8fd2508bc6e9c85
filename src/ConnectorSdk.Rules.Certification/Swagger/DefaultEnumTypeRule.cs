using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1107: a <c>default</c> and every <c>enum</c> value are of the declared <c>type</c>, and an <c>enum</c> lists at
/// least one value; in schemas, non-body parameters, their items and headers, wherever the walk meets them. A string
/// that holds a value of the type ("10" for an integer) is PPC1129's warning: accepted connectors have such defaults.
/// </summary>
public sealed class DefaultEnumTypeRule : ConnectorAnalyzer
{
    private const string Title = "Defaults and enum values must be of the declared type";

    private const string Description = "The swagger validator rejects a default that is not of the declared type (DefaultValueMustMatchType), an empty enum (EnumMustContainAtLeastOneElement) and an enum value of another type (InvalidEnumValue): the designer offers the enum's values and fills in the default, and sends them as typed values. A boolean with enum [\"\", true, false] is a typical case; an enum of a boolean is rarely needed at all.";

    /// <summary>{0}: the element; {1}: the value as JSON; {2}: what the value is; {3}: the declared type.</summary>
    public static readonly DiagnosticDescriptor DefaultOfWrongType = Create("The default of {0} is {1}, {2}, but the declared type is '{3}'; give a default of that type, or none");

    /// <summary>{0}: the element; {1}: the value as JSON; {2}: what the value is; {3}: the declared type.</summary>
    public static readonly DiagnosticDescriptor EnumValueOfWrongType = Create("The enum of {0} lists {1}, {2}, but the declared type is '{3}'; list only values of that type");

    /// <summary>{0}: the element.</summary>
    public static readonly DiagnosticDescriptor EmptyEnum = Create("The enum of {0} lists no value; list at least one, or remove 'enum'");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DefaultOfWrongType, EnumValueOfWrongType, EmptyEnum];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SchemaNodes.Kinds);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.DefaultOrEnumOfWrongType, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "DefaultValueMustMatchType");

    private static void Analyze(SwaggerNodeContext context)
    {
        if (!SchemaNodes.TryGetType(context, out var type))
        {
            return;
        }

        if (context.Value.TryGetProperty("default"u8, out var value) && IsWrong(value, type) && context.Node.TryGetProperty("default", out var located))
        {
            context.Report(DefaultOfWrongType, located.Location, SchemaNodes.Describe(context.Path), JsonValueText.Show(located), JsonKindNames.Describe(value.ValueKind), type);
        }

        if (context.Value.TryGetProperty("enum"u8, out var values) && values.ValueKind == JsonValueKind.Array)
        {
            Enum(context, values, type);
        }
    }

    private static bool IsWrong(JsonElement value, string type) => !SchemaNodes.IsOfType(value, type) && !SchemaNodes.IsTextOfType(value, type);

    private static void Enum(SwaggerNodeContext context, JsonElement values, string type)
    {
        if (values.GetArrayLength() == 0)
        {
            context.Report(EmptyEnum, SchemaNodes.Locate(context, "enum"), SchemaNodes.Describe(context.Path));
            return;
        }

        var index = 0;
        foreach (var value in values.EnumerateArray())
        {
            if (IsWrong(value, type) && context.Node.TryGetProperty("enum", out var list))
            {
                var located = list.Item(value, index);
                context.Report(EnumValueOfWrongType, located.Location, SchemaNodes.Describe(context.Path), JsonValueText.Show(located), JsonKindNames.Describe(value.ValueKind), type);
            }

            index++;
        }
    }
}
