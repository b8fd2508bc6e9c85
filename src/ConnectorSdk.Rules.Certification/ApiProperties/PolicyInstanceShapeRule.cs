using System.Buffers;
using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>
/// PPC2016: each policy template instance has a templateId and, when it has parameters, an object of template parameters
/// only (<c>x-ms-apimTemplateParameter.&lt;name&gt;</c>, <c>x-ms-apimTemplate-operationName</c> as an array of strings,
/// <c>x-ms-apimTemplate-policySection</c>).
/// </summary>
internal sealed class PolicyInstanceShapeRule : ConnectorAnalyzer
{
    private const string Title = "Policy template instances must have a templateId and template parameters";

    private const string Description =
        "Each entry of properties.policyTemplateInstances names its policy template in templateId and gives its settings in "
        + "parameters, whose names are x-ms-apimTemplateParameter.<name>, x-ms-apimTemplate-operationName (the operationIds it "
        + "applies to, an array of strings) and x-ms-apimTemplate-policySection, as the official apiProperties schema and the "
        + "policy template pages define them. The platform cannot apply a policy written otherwise.";

    /// <summary>{0}: the instance. Reported on the instance.</summary>
    public static readonly DiagnosticDescriptor TemplateIdMissing = Create(
        "{0} has no 'templateId'; give the id of a policy template, e.g. \"setheader\"");

    /// <summary>{0}: the instance; {1}: the value as JSON. Reported on the value.</summary>
    public static readonly DiagnosticDescriptor TemplateIdNotValid = Create(
        "{0} has templateId {1}; give the id of a policy template as a string, e.g. \"setheader\"");

    /// <summary>{0}: the instance; {1}: the value's JSON type. Reported on the value.</summary>
    public static readonly DiagnosticDescriptor ParametersNotObject = Create(
        "The parameters of {0} are {1}, not an object; give them as an object of template parameters");

    /// <summary>{0}: the instance; {1}: the name. Reported on the name.</summary>
    public static readonly DiagnosticDescriptor ParameterNameNotValid = Create(
        $"{{0}} has parameter '{{1}}', which is not a template parameter; name parameters '{PolicyTemplates.ParameterPrefix}<name>', '{PolicyTemplates.OperationName}' or '{PolicyTemplates.PolicySection}'");

    /// <summary>{0}: the instance; {1}: the value as JSON. Reported on the value.</summary>
    public static readonly DiagnosticDescriptor OperationNamesNotValid = Create(
        $"The {PolicyTemplates.OperationName} of {{0}} is {{1}}; give an array of operationIds (an empty array applies the policy to every operation)");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [TemplateIdMissing, TemplateIdNotValid, ParametersNotObject, ParameterNameNotValid, OperationNamesNotValid];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterApiPropertiesAction(Analyze);

    private static void Analyze(ApiPropertiesContext context)
    {
        foreach (var instance in PolicyTemplates.Enumerate(context.Root))
        {
            if (!instance.Element.TryGetProperty("templateId", out var templateId))
            {
                context.Report(TemplateIdMissing, instance.Element.Location, instance);
            }
            else if (string.IsNullOrWhiteSpace(instance.TemplateId))
            {
                context.Report(TemplateIdNotValid, templateId.Location, instance, JsonValueText.Show(templateId));
            }

            if (instance.Parameters is { } parameters)
            {
                AnalyzeParameters(context, instance, parameters);
            }
            else if (instance.Element.TryGetProperty("parameters", out var other))
            {
                context.Report(ParametersNotObject, other.Location, instance, JsonKindNames.Describe(other.Kind));
            }
        }
    }

    private static void AnalyzeParameters(ApiPropertiesContext context, PolicyTemplates.Instance instance, SourceElement parameters)
    {
        foreach (var parameter in parameters.EnumerateProperties())
        {
            var name = parameter.Name!;
            if (name == PolicyTemplates.OperationName)
            {
                if (parameter.Kind != JsonValueKind.Array || parameter.EnumerateItems().Any(item => item.Kind != JsonValueKind.String))
                {
                    context.Report(OperationNamesNotValid, parameter.Location, instance, JsonValueText.Show(parameter));
                }
            }
            else if (name != PolicyTemplates.PolicySection && !IsTemplateParameter(name))
            {
                context.Report(ParameterNameNotValid, parameter.NameLocation, instance, name);
            }
        }
    }

    /// <summary>x-ms-apimTemplateParameter. followed by a word (letters, digits, '_'), as the schema's pattern has it.</summary>
    private static bool IsTemplateParameter(string name)
        => name.StartsWith(PolicyTemplates.ParameterPrefix, StringComparison.Ordinal)
            && name.Length > PolicyTemplates.ParameterPrefix.Length
            && !name.AsSpan(PolicyTemplates.ParameterPrefix.Length).ContainsAnyExcept(WordCharacters);

    private static readonly SearchValues<char> WordCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.PolicyInstanceNotValid, Title, messageFormat, DiagnosticSeverity.Error, Description);
}
