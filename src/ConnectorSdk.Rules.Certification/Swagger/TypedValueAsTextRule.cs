using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1129: a <c>default</c> or <c>enum</c> value of an integer, number or boolean written as a JSON string that holds a
/// value of that type ("10", "true"). Certified connectors have such defaults, so it is a warning; a string that is not
/// a value of the type ("", "ten") is PPC1107's error.
/// </summary>
public sealed class TypedValueAsTextRule : ConnectorAnalyzer
{
    private const string Title = "Defaults and enum values should be written as JSON values of the declared type, not as text";

    private const string Description = "A default or enum value of an integer, number or boolean written in quotes (\"10\", \"true\") is a string. The platform converts it, and certified connectors have such defaults, but tools that read the definition as OpenAPI see a value of the wrong type, and the swagger validator's DefaultValueMustMatchType rule names the case. Write the value without quotes.";

    /// <summary>{0}: the element; {1}: the value as JSON; {2}: the declared type; {3}: the value as it should be written.</summary>
    public static readonly DiagnosticDescriptor DefaultAsText = Create("The default of {0} is {1}, text, but the declared type is '{2}'; write it as {3}, without quotes");

    /// <summary>{0}: the element; {1}: the value as JSON; {2}: the declared type; {3}: the value as it should be written.</summary>
    public static readonly DiagnosticDescriptor EnumValueAsText = Create("The enum of {0} lists {1}, text, but the declared type is '{2}'; write it as {3}, without quotes");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DefaultAsText, EnumValueAsText];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SchemaNodes.Kinds);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.TypedValueAsText, Title, messageFormat, DiagnosticSeverity.Warning, Description, name: "TypedValueAsText");

    private static void Analyze(SwaggerNodeContext context)
    {
        if (!SchemaNodes.TryGetType(context, out var type))
        {
            return;
        }

        if (context.Value.TryGetProperty("default"u8, out var value) && SchemaNodes.IsTextOfType(value, type) && context.Node.TryGetProperty("default", out var located))
        {
            context.Report(DefaultAsText, located.Location, SchemaNodes.Describe(context.Path), JsonValueText.Show(located), type, Unquoted(value, type));
        }

        if (!context.Value.TryGetProperty("enum"u8, out var values) || values.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var index = 0;
        foreach (var item in values.EnumerateArray())
        {
            if (SchemaNodes.IsTextOfType(item, type) && context.Node.TryGetProperty("enum", out var list))
            {
                var itemLocated = list.Item(item, index);
                context.Report(EnumValueAsText, itemLocated.Location, SchemaNodes.Describe(context.Path), JsonValueText.Show(itemLocated), type, Unquoted(item, type));
            }

            index++;
        }
    }

    /// <summary>The text as a JSON literal: booleans in lower case, as JSON writes them.</summary>
    private static string Unquoted(JsonElement value, string type)
        => type == "boolean" ? value.GetString()!.ToLowerInvariant() : value.GetString()!;
}
