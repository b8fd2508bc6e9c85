using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1108: every entry of <c>x-ms-enum-values</c> has a <c>displayName</c>, maps a value that <c>enum</c> lists, and
/// maps a value no other entry maps; in schemas, non-body parameters, their items and headers. Entries of another JSON
/// type, and entries without a value, are left alone.
/// </summary>
public sealed class EnumValuesRule : ConnectorAnalyzer
{
    private const string Title = "x-ms-enum-values entries need a displayName and a value of the enum, once each";

    private const string Description = "x-ms-enum-values gives the names the designer shows for an enum's values. The swagger validator rejects an entry without displayName (MissingEnumValuesDisplayName), a value the enum does not list (InvalidEnumValuesExtensionValue) and a value mapped twice (DuplicateEnumValuesInExtension): the drop-down would offer a name without a value, or one value under two names.";

    /// <summary>{0}: the element; {1}: the entry's index. Reported at the entry.</summary>
    public static readonly DiagnosticDescriptor DisplayNameMissing = Create("Entry {1} of the x-ms-enum-values of {0} has no displayName; add the name the designer shows for its value");

    /// <summary>{0}: the element; {1}: the value as JSON. Reported at the value.</summary>
    public static readonly DiagnosticDescriptor ValueNotInEnum = Create("The x-ms-enum-values of {0} name the value {1}, which its enum does not list; add it to enum, or correct the value");

    /// <summary>{0}: the element. Reported at x-ms-enum-values.</summary>
    public static readonly DiagnosticDescriptor EnumMissing = Create("The x-ms-enum-values of {0} name values, but it has no enum; list the values in enum");

    /// <summary>{0}: the element; {1}: the value as JSON. Reported at the second value.</summary>
    public static readonly DiagnosticDescriptor DuplicateValue = Create("The x-ms-enum-values of {0} name the value {1} more than once; give each value one displayName");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DisplayNameMissing, ValueNotInEnum, EnumMissing, DuplicateValue];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SchemaNodes.Kinds);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.EnumValuesNotValid, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "InvalidEnumValuesExtensionValue");

    private static void Analyze(SwaggerNodeContext context)
    {
        if (!SchemaNodes.DeclaresKeywords(context) || !context.Value.TryGetProperty("x-ms-enum-values"u8, out var entries) || entries.ValueKind != JsonValueKind.Array
            || !context.Node.TryGetProperty("x-ms-enum-values", out var list))
        {
            return;
        }

        var description = SchemaNodes.Describe(context.Path);
        if (!context.Value.TryGetProperty("enum"u8, out var values) || values.ValueKind != JsonValueKind.Array)
        {
            context.Report(EnumMissing, list.NameLocation, description);
            values = default;
        }

        var index = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.Object)
            {
                Check(context, description, list.Item(entry, index), index, values, entries);
            }

            index++;
        }
    }

    /// <summary>One entry; <paramref name="values"/> is the enum, or default when there is none (reported once already).</summary>
    private static void Check(SwaggerNodeContext context, string description, SourceElement entry, int index, JsonElement values, JsonElement entries)
    {
        if (!entry.Value.TryGetProperty("displayName"u8, out _))
        {
            context.Report(DisplayNameMissing, entry.Location, description, index);
        }

        if (!entry.TryGetProperty("value", out var value))
        {
            return;
        }

        if (values.ValueKind == JsonValueKind.Array && !values.EnumerateArray().Any(listed => JsonElement.DeepEquals(listed, value.Value)))
        {
            context.Report(ValueNotInEnum, value.Location, description, JsonValueText.Show(value));
        }

        if (entries.EnumerateArray().Take(index).Any(earlier => earlier.ValueKind == JsonValueKind.Object && earlier.TryGetProperty("value"u8, out var mapped) && JsonElement.DeepEquals(mapped, value.Value)))
        {
            context.Report(DuplicateValue, value.Location, description, JsonValueText.Show(value));
        }
    }
}
