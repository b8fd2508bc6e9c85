using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1101: collectionFormat (on a parameter, an items object or a response header) is one of the formats OpenAPI 2.0
/// defines, the list configurable; "multi" only on a query or form data parameter. A warning: the validator does not
/// publish the formats it supports.
/// </summary>
public sealed class CollectionFormatRule : ConnectorAnalyzer
{
    /// <summary>The .editorconfig key that replaces the supported formats (comma-separated).</summary>
    public const string FormatsKey = ValueLists.CollectionFormatsKey;

    private const string Multi = "multi";

    private const string Title = "collectionFormat should be a supported format";

    private const string Description = $"The swagger validator rejects collection formats it does not support (CollectionFormatValueNotSupported) without publishing which ones it supports; OpenAPI 2.0 defines csv, ssv, tsv, pipes and multi, and multi only for query and form data parameters. A warning, with the list configurable ({FormatsKey}).";

    private const string Unsupported = "has collectionFormat {1}; supported formats are {2}";

    /// <summary>{0}: the parameter; {1}: the value as JSON; {2}: the supported formats. Reported at the value.</summary>
    public static readonly DiagnosticDescriptor Parameter = Create($"Parameter {{0}} {Unsupported}");

    /// <summary>{0}: the items object's JSON pointer; {1}: the value as JSON; {2}: the supported formats. Reported at the value.</summary>
    public static readonly DiagnosticDescriptor Items = Create($"Items '{{0}}' {Unsupported}");

    /// <summary>{0}: the header's JSON pointer; {1}: the value as JSON; {2}: the supported formats. Reported at the value.</summary>
    public static readonly DiagnosticDescriptor Header = Create($"Header '{{0}}' {Unsupported}");

    /// <summary>{0}: the parameter. Reported at the value.</summary>
    public static readonly DiagnosticDescriptor MultiMisplaced = Create($"Parameter {{0}} has collectionFormat \"{Multi}\", which only query and form data parameters may use (a value repeated as several parameters): use \"csv\"");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Parameter, Items, Header, MultiMisplaced];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterConnectorStartAction(start =>
    {
        var formats = new ConfiguredList(FormatsKey, ValueLists.CollectionFormats);
        start.RegisterSwaggerMemberAction(member => Analyze(member, formats), SwaggerNodeKind.Parameter, SwaggerNodeKind.Items, SwaggerNodeKind.Header);
    });

    private static void Analyze(SwaggerMemberContext context, ConfiguredList formats)
    {
        if (!context.Member.NameEquals("collectionFormat"u8))
        {
            return;
        }

        var value = context.Member.Value;
        var supported = formats.For(context, context.Swagger.Root.File);
        if (value.ValueKind != JsonValueKind.String || !supported.Contains(value.GetString()!, StringComparer.Ordinal))
        {
            var element = context.Element;
            var (descriptor, owner) = context.OwnerKind switch
            {
                SwaggerNodeKind.Parameter => (Parameter, Parameters.Describe(context.Path.Current)),
                SwaggerNodeKind.Items => (Items, context.Owner.Pointer),
                _ => (Header, context.Owner.Pointer),
            };
            context.Report(descriptor, element.Location, owner, JsonValueText.Show(element), string.Join(", ", supported));
        }
        else if (value.ValueEquals(Multi) && context.OwnerKind == SwaggerNodeKind.Parameter
            && Parameters.GetString(context.Path.Current, "in"u8) is { } and not ("query" or "formData"))
        {
            context.Report(MultiMisplaced, context.Element.Location, Parameters.Describe(context.Path.Current));
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.CollectionFormatNotSupported, Title, messageFormat, DiagnosticSeverity.Warning, Description, name: "CollectionFormatValueNotSupported");
}
