using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1015: an object that holds <c>$ref</c> has no other properties. Schemas, parameters and
/// responses are reached through the engine's dispatch (no walk of its own); a path item's
/// <c>$ref</c> is PPC1017's concern.
/// </summary>
public sealed class ReferenceSiblingRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ReferenceSibling,
        title: "An object holding `$ref` can't have other properties",
        messageFormat: "'{0}' sits next to '$ref' in {1}; a reference replaces the whole object, so remove '{0}' or move it into the referenced {2}",
        RuleCategories.Swagger,
        DiagnosticSeverity.Warning,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "In OpenAPI 2.0 a $ref object stands for the referenced definition: properties written beside it are ignored by JSON-schema readers, and the platform's validator reports them.",
        name: "AdditionalPropertyNotAllowedAdjacentToRef");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context)
    {
        context.RegisterSchemaAction(c => Check(c, c.Schema, "a schema", "definition"));
        context.RegisterParameterAction(c => Check(c, c.Parameter.Declaration, "a parameter reference", "parameter"));
        context.RegisterResponseAction(c => Check(c, c.Response.Declaration, "a response reference", "response"));
    }

    private static void Check(ConnectorContext context, SourceElement element, string what, string target)
    {
        if (element.Kind != JsonValueKind.Object || !element.Value.TryGetProperty("$ref"u8, out _))
        {
            return;
        }

        // On the raw members: a pointer and a name string only for a finding.
        foreach (var member in element.Value.EnumerateObject())
        {
            if (!member.NameEquals("$ref"u8))
            {
                var name = member.Name;
                context.Report(Rule, Location.InJson(element.File.Path, JsonPointer.Append(element.Pointer, name), LocationTarget.Name), name, what, target);
            }
        }
    }
}
