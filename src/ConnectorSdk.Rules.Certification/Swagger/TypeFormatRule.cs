using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1115: a <c>format</c> is one the platform recognizes for the declared <c>type</c> (the list of type/format pairs
/// configurable), in schemas, non-body parameters, their items and headers. A warning: the validator does not publish
/// its list, and accepted connectors use formats outside any list.
/// </summary>
public sealed class TypeFormatRule : ConnectorAnalyzer
{
    /// <summary>The .editorconfig key that replaces the recognized pairs (comma-separated, each "type/format").</summary>
    public const string PairsKey = ValueLists.TypeFormatsKey;

    private const string Title = "format should be one the platform recognizes for the type";

    private const string Description = $"The swagger validator reports a type/format pair it does not recognize (UnrecognizedTypeFormat) without publishing the pairs it knows. The recognized pairs are OpenAPI 2.0's and the Power Platform formats of the official schema (date-no-tz, email, html, uri, uuid); certified connectors use others (guid, format on an object), so this is a warning, with the list configurable ({PairsKey}).";

    /// <summary>{0}: the element; {1}: the type; {2}: the format as JSON; {3}: the formats recognized for the type. Reported at the format.</summary>
    public static readonly DiagnosticDescriptor Unrecognized = Create("The {0} has type '{1}' with format {2}, which is not a format of '{1}'; use one of {3}, or remove format");

    /// <summary>{0}: the element; {1}: the type; {2}: the format as JSON. Reported at the format.</summary>
    public static readonly DiagnosticDescriptor TypeWithoutFormats = Create("The {0} has type '{1}' with format {2}, but type '{1}' takes no format; remove format");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Unrecognized, TypeWithoutFormats];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterConnectorStartAction(start =>
    {
        var pairs = new ConfiguredList(PairsKey, ValueLists.TypeFormats);
        start.RegisterSwaggerNodeAction(node => Analyze(node, pairs), SchemaNodes.Kinds);
    });

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.TypeFormatUnrecognized, Title, messageFormat, DiagnosticSeverity.Warning, Description, mode: AnalysisMode.Recommended, name: "UnrecognizedTypeFormat");

    private static void Analyze(SwaggerNodeContext context, ConfiguredList pairs)
    {
        if (!context.Value.TryGetProperty("format"u8, out var format) || format.ValueKind != JsonValueKind.String || !SchemaNodes.TryGetType(context, out var type))
        {
            return;
        }

        var recognized = pairs.For(context, context.Swagger.Root.File);
        var prefix = type + "/";
        if (recognized.Contains(prefix + format.GetString(), StringComparer.Ordinal) || !context.Node.TryGetProperty("format", out var located))
        {
            return;
        }

        var formats = recognized.Where(pair => pair.StartsWith(prefix, StringComparison.Ordinal)).Select(pair => pair[prefix.Length..]).ToList();
        var element = SchemaNodes.Describe(context.Path);
        if (formats.Count == 0)
        {
            context.Report(TypeWithoutFormats, located.Location, element, type, JsonValueText.Show(located));
        }
        else
        {
            context.Report(Unrecognized, located.Location, element, type, JsonValueText.Show(located), string.Join(", ", formats.Select(known => $"'{known}'")));
        }
    }
}
