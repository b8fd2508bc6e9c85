using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1015: an object that holds <c>$ref</c> has no other properties. Schemas, parameters and
/// responses are reached through the engine's dispatch (no walk of its own); a path item's
/// <c>$ref</c> is PPC1017's concern.
/// </summary>
internal sealed class ReferenceSiblingRule : ConnectorAnalyzer
{
    private const string Title = "An object holding `$ref` can't have other properties";

    private const string Description = "In OpenAPI 2.0 a $ref object stands for the referenced definition: properties written beside it are ignored by JSON-schema readers, and the platform's validator reports them.";

    private const string Name = "AdditionalPropertyNotAllowedAdjacentToRef";

    /// <summary>{0}: the property beside <c>$ref</c> in a schema.</summary>
    public static readonly DiagnosticDescriptor InSchema = Create("'{0}' sits next to '$ref' in a schema; a reference replaces the whole object, so remove '{0}' or move it into the referenced definition");

    /// <summary>{0}: the property beside <c>$ref</c> in a parameter.</summary>
    public static readonly DiagnosticDescriptor InParameter = Create("'{0}' sits next to '$ref' in a parameter reference; a reference replaces the whole object, so remove '{0}' or move it into the referenced parameter");

    /// <summary>{0}: the property beside <c>$ref</c> in a response.</summary>
    public static readonly DiagnosticDescriptor InResponse = Create("'{0}' sits next to '$ref' in a response reference; a reference replaces the whole object, so remove '{0}' or move it into the referenced response");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [InSchema, InParameter, InResponse];

    public override void Initialize(ConnectorAnalysisContext context)
    {
        context.RegisterSchemaAction(c => Check(c, c.Schema, InSchema));
        context.RegisterParameterAction(c => Check(c, c.Parameter.Declaration, InParameter));
        context.RegisterResponseAction(c => Check(c, c.Response.Declaration, InResponse));
    }

    private static void Check(ConnectorContext context, SourceElement element, DiagnosticDescriptor rule)
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
                context.Report(rule, Location.InJson(element.File.Path, JsonPointer.Append(element.Pointer, name), LocationTarget.Name), name);
            }
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ReferenceSibling, Title, messageFormat, DiagnosticSeverity.Warning, Description, name: Name);
}
