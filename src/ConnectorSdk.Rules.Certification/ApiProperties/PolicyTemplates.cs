using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>The policy template instances of apiProperties.json (<c>properties.policyTemplateInstances</c>), as the policy rules read them.</summary>
internal static class PolicyTemplates
{
    public const string OperationName = "x-ms-apimTemplate-operationName";
    public const string PolicySection = "x-ms-apimTemplate-policySection";
    public const string ParameterPrefix = "x-ms-apimTemplateParameter.";

    /// <summary>One instance: the object, its templateId when it is a string, and its parameters object when it has one.</summary>
    public readonly record struct Instance(SourceElement Element, int Index, string? TemplateId, SourceElement? Parameters)
    {
        /// <summary>How messages name the instance: "policyTemplateInstances[2] (setheader)".</summary>
        public override string ToString()
            => string.IsNullOrEmpty(TemplateId) ? $"policyTemplateInstances[{Index}]" : $"policyTemplateInstances[{Index}] ({TemplateId})";
    }

    /// <summary>Every instance that is an object, in file order.</summary>
    public static IEnumerable<Instance> Enumerate(SourceElement root)
    {
        if (!ApiPropertiesElements.TryGetProperties(root, out var properties) || !properties.TryGetProperty("policyTemplateInstances", out var instances))
        {
            return [];
        }

        return instances.EnumerateItems()
            .Select((element, index) => (element, index))
            .Where(item => item.element.Kind == JsonValueKind.Object)
            .Select(item => new Instance(
                item.element,
                item.index,
                item.element.GetString("templateId"),
                item.element.TryGetProperty("parameters", out var parameters) && parameters.Kind == JsonValueKind.Object ? parameters : null));
    }
}
