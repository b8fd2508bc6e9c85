using System.Text.Json;
using System.Text.RegularExpressions;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>
/// PPC2008: every connection parameter (of <c>connectionParameters</c> and of each multiple-authentication set) has a name
/// the platform accepts (letters, digits and '_', or two such names joined by ':', as <c>token:TenantId</c>) and a
/// <c>type</c> of the official list.
/// </summary>
internal sealed partial class ConnectionParameterRule : ConnectorAnalyzer
{
    private const string Title = "Connection parameters must have a valid name and type";

    private const string Description =
        "The official apiProperties schema accepts connection parameter names made of letters, digits and '_' (or two such names "
        + "joined by ':', as token:TenantId), and the types string, securestring, int, bool, gatewaySetting and oauthSetting. "
        + "The platform creates the connection's fields from these parameters.";

    /// <summary>{0}: the name. Reported on the name.</summary>
    public static readonly DiagnosticDescriptor NameNotValid = Create(
        "Connection parameter '{0}' has a name the platform does not accept; use letters, digits and '_' only (or 'name:subname', as 'token:TenantId')");

    /// <summary>{0}: the name. Reported on the name.</summary>
    public static readonly DiagnosticDescriptor TypeMissing = Create(
        $"Connection parameter '{{0}}' has no 'type'; give one of {Types}");

    /// <summary>{0}: the name; {1}: the type as JSON. Reported on the type.</summary>
    public static readonly DiagnosticDescriptor TypeNotValid = Create(
        $"Connection parameter '{{0}}' has type {{1}}; use one of {Types}");

    private static string Types => ValueLists.Quote(ValueLists.ConnectionParameterTypes);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NameNotValid, TypeMissing, TypeNotValid];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterApiPropertiesAction(Analyze);

    private static void Analyze(ApiPropertiesContext context)
    {
        if (!ApiPropertiesElements.TryGetProperties(context.Root, out var properties))
        {
            return;
        }

        foreach (var parameter in ApiPropertiesElements.EnumerateConnectionParameters(properties))
        {
            var name = parameter.Name!;
            if (!ValidName().IsMatch(name))
            {
                context.Report(NameNotValid, parameter.NameLocation, name);
            }

            // A parameter that is not an object has no type to check.
            if (parameter.Kind != JsonValueKind.Object)
            {
                continue;
            }

            if (!parameter.TryGetProperty("type", out var type))
            {
                context.Report(TypeMissing, parameter.NameLocation, name);
            }
            else if (type.Kind != JsonValueKind.String || !ValueLists.ConnectionParameterTypes.Contains(type.Value.GetString()!, StringComparer.Ordinal))
            {
                context.Report(TypeNotValid, type.Location, name, JsonValueText.Show(type));
            }
        }
    }

    [GeneratedRegex("^[0-9a-zA-Z_]+(:[0-9a-zA-Z_]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidName();

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ConnectionParameterNotValid, Title, messageFormat, DiagnosticSeverity.Error, Description);
}
