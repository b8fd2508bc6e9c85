using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>PPC2002: <c>properties.iconBrandColor</c> exists and is an HTML hex colour (<c>#RRGGBB</c>).</summary>
internal sealed class BrandColorFormatRule : ConnectorAnalyzer
{
    private const string Title = "The icon brand color must be set as an HTML hex color";

    private const string Description =
        "apiProperties.json must give properties.iconBrandColor, the background color of the connector's icon, "
        + "as '#' followed by six hexadecimal digits. paconn's schema requires it and the platform uses it wherever the icon is shown.";

    /// <summary>The colour is absent; reported on the <c>properties</c> name.</summary>
    public static readonly DiagnosticDescriptor Missing = Descriptors.Create(
        RuleIds.BrandColorFormat,
        Title,
        "\"properties\" has no iconBrandColor; add the icon's background color as an HTML hex color, \"#RRGGBB\"",
        DiagnosticSeverity.Error,
        Description);

    /// <summary>The colour is there but is not <c>#RRGGBB</c>; reported on the value. {0}: the value as JSON.</summary>
    public static readonly DiagnosticDescriptor Invalid = Descriptors.Create(
        RuleIds.BrandColorFormat,
        Title,
        "iconBrandColor is {0}, which is not an HTML hex color; write '#' and six hexadecimal digits, e.g. \"#1f6fb2\"",
        DiagnosticSeverity.Error,
        Description);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Missing, Invalid];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterApiPropertiesAction(Analyze);

    private static void Analyze(ApiPropertiesContext context)
    {
        // A missing or malformed "properties" object is a structural finding of its own, for PPC2001 (planned), not a colour one.
        if (!ApiPropertiesElements.TryGetProperties(context.Root, out var properties))
        {
            return;
        }

        if (!properties.TryGetProperty(ApiPropertiesElements.IconBrandColor, out var color))
        {
            context.Report(Missing, properties.NameLocation);
        }
        else if (color.Kind != JsonValueKind.String || !ApiPropertiesElements.IsHexColor(color.Value.GetString()!))
        {
            context.Report(Invalid, color.Location, JsonValueText.Show(color));
        }
    }
}
