using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1167: the <c>parameters</c> a dynamic extension (values, list, schema, properties) passes to the operation it calls
/// fit that operation: each key names one of its inputs (a parameter or a body property), every required parameter
/// without a default is given, and a static value or a referenced parameter has the type of the parameter it fills. An
/// operationId naming no operation is PPC1055's; an optional parameter passed for a required one is PPC1178's, a
/// reference to no input PPC1179's.
/// </summary>
public sealed class DynamicParametersRule : ConnectorAnalyzer
{
    private const string Title = "Dynamic extensions must pass the called operation its inputs, with their types";

    private const string Description = "A dynamic extension calls another operation of the connector with the parameters it lists. The swagger validator checks them against that operation: a name that is not one of its inputs (OperationParameterNameNotFound), a required parameter left out (OperationMissingRequiredProperty), and a static value or a referenced parameter of another type (OperationParameterStaticTypeMismatch, OperationParameterTypeMismatch).";

    /// <summary>{0}: the extension; {1}: the object holding it; {2}: the key; {3}: the called operation. On the key.</summary>
    public static readonly DiagnosticDescriptor NameNotFound = Create("{0} on {1} passes '{2}' to operation '{3}', which has no parameter or body property of that name; use the name of one of its inputs");

    /// <summary>{0}: the extension; {1}: the object holding it; {2}: the called operation; {3}: the parameter left out. On the operationId.</summary>
    public static readonly DiagnosticDescriptor RequiredMissing = Create("{0} on {1} calls operation '{2}' without its required parameter '{3}'; add '{3}' to the extension's parameters");

    /// <summary>{0}: the extension; {1}: the object holding it; {2}: the value as JSON; {3}: the key; {4}: the called operation; {5}: the parameter's type. On the value.</summary>
    public static readonly DiagnosticDescriptor StaticType = Create("{0} on {1} passes {2} as '{3}', but operation '{4}' takes '{3}' as type '{5}'");

    /// <summary>{0}: the extension; {1}: the parameter holding it; {2}: its operation; {3}: the referenced parameter; {4}: its type; {5}: the key; {6}: the called operation; {7}: the key's type. On the reference.</summary>
    public static readonly DiagnosticDescriptor ReferenceType = Create("{0} on parameter {1} of {2} passes parameter '{3}' of type '{4}' as '{5}', but operation '{6}' takes '{5}' as type '{7}'");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NameNotFound, RequiredMissing, StaticType, ReferenceType];

    public override void Initialize(ConnectorAnalysisContext context)
    {
        context.RegisterSwaggerExtensionAction(AnalyzeExtension, DynamicExtensions.OwnerKinds);
        context.RegisterOperationAction(AnalyzeReferences);
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.DynamicParameterInvalid, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "OperationParameterNameNotFound");

    /// <summary>What depends on the called operation alone, checked where the extension is written.</summary>
    private static void AnalyzeExtension(SwaggerMemberContext context)
    {
        var value = context.Member.Value;
        if (!DynamicReferences.Calls(context.Member) || !DynamicReferences.TryGetCalled(context, value, out var called))
        {
            return;
        }

        var extension = context.Element;
        var inputs = value.TryGetProperty("parameters"u8, out var found) && found.ValueKind == JsonValueKind.Object ? found : default;
        if (inputs.ValueKind == JsonValueKind.Object)
        {
            foreach (var input in inputs.EnumerateObject())
            {
                var parameter = DynamicReferences.FindParameter(called, input.Name);
                if (parameter is null && !DynamicReferences.TryGetBodyProperty(context.Swagger, called, input.Name, out _))
                {
                    extension.TryNavigate(["parameters", input.Name], out var key);
                    context.Report(NameNotFound, key.NameLocation, context.Member.Name, ExtensionNames.DescribeOwner(context), input.Name, called.OperationId);
                }
                else if (parameter?.Element.GetString("type") is { } type && DynamicReferences.TryGetStatic(input.Value, out var literal)
                    && !SchemaNodes.IsOfType(literal, type) && !SchemaNodes.IsTextOfType(literal, type))
                {
                    extension.TryNavigate(["parameters", input.Name], out var located);
                    context.Report(StaticType, located.Location, context.Member.Name, ExtensionNames.DescribeOwner(context), JsonValueText.Show(located), input.Name, called.OperationId, type);
                }
            }
        }

        foreach (var parameter in called.Parameters)
        {
            if (parameter.IsResolved && parameter.In != Parameters.Body && parameter.IsRequired && parameter.Name is { } name
                && !parameter.Element.TryGetProperty("default"u8, out _) && !(inputs.ValueKind == JsonValueKind.Object && inputs.TryGetProperty(name, out _)))
            {
                extension.TryGetProperty("operationId"u8, out var operationId);
                context.Report(RequiredMissing, operationId.Location, context.Member.Name, ExtensionNames.DescribeOwner(context), called.OperationId, name);
            }
        }
    }

    /// <summary>The types of referenced parameters, which depend on the operation holding the extension.</summary>
    private static void AnalyzeReferences(OperationContext context)
    {
        foreach (var reference in DynamicReferences.InParameters(context))
        {
            if (DynamicReferences.FindParameter(context.Operation, reference.Name)?.Element.GetString("type") is { } sourceType
                && DynamicReferences.FindParameter(reference.Called, reference.Key)?.Element.GetString("type") is { } type
                && sourceType != type && !(sourceType == "integer" && type == "number"))
            {
                context.Report(ReferenceType, reference.Element.Location, reference.Extension, Parameters.Describe(reference.Parameter), OperationNodes.Describe(context.Operation),
                    reference.Name, sourceType, reference.Key, reference.Called.OperationId, type);
            }
        }
    }
}
