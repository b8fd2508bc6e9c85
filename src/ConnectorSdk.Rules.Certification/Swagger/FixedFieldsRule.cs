using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1013: every member of an OpenAPI 2.0 object is one of its fixed fields (<see cref="SwaggerModel"/>) or an
/// extension (<c>x-</c>). Every object of the specification that the engine's walk reaches is checked, schemas under
/// every nesting keyword included; a parameter or response that is a <c>$ref</c> is a reference object, whose
/// siblings are PPC1015's concern. Reported on the member's name. Members a stray '}' read into the wrong object
/// (<see cref="SwaggerDocument.MisplacedMembers"/>) are the engine's PPC0002, at the brace, not unknown fields.
/// </summary>
internal sealed class FixedFieldsRule : ConnectorAnalyzer
{
    private const string Title = "Properties must be OpenAPI 2.0 fields or `x-` extensions";

    private const string Description = "OpenAPI 2.0 objects have a fixed set of fields; anything else must be an extension whose name starts with 'x-'. The platform's validator rejects other properties.";

    /// <summary>{0}: the member's name; {1}: the object, as the specification names it.</summary>
    public static readonly DiagnosticDescriptor Rule = Create("'{0}' is not a field of the {1} in OpenAPI 2.0; remove it, or make it an extension named 'x-{0}'");

    /// <summary>The name is a field in another letter case. {0}: the name; {1}: the object; {2}: the field.</summary>
    public static readonly DiagnosticDescriptor CaseVariant = Create("'{0}' is not a field of the {1} in OpenAPI 2.0; did you mean '{2}'? Field names are case-sensitive");

    /// <summary>An extension written with a capital X. {0}: the name; {1}: the object; {2}: the name it should have.</summary>
    public static readonly DiagnosticDescriptor CapitalExtension = Create("'{0}' is not a field of the {1} in OpenAPI 2.0; extensions start with a lower-case 'x-': rename it '{2}'");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule, CaseVariant, CapitalExtension];

    public override void Initialize(ConnectorAnalysisContext context)
        => context.RegisterSwaggerNodeAction(
            Check,
            SwaggerNodeKind.Document, SwaggerNodeKind.Info, SwaggerNodeKind.Contact, SwaggerNodeKind.License, SwaggerNodeKind.PathItem,
            SwaggerNodeKind.Operation, SwaggerNodeKind.Parameter, SwaggerNodeKind.Items, SwaggerNodeKind.Response, SwaggerNodeKind.Header,
            SwaggerNodeKind.Schema, SwaggerNodeKind.Xml, SwaggerNodeKind.SecurityScheme, SwaggerNodeKind.Tag, SwaggerNodeKind.ExternalDocs);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.PropertyNotAllowed, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "AdditionalPropertyNotAllowed");

    private static void Check(SwaggerNodeContext context)
    {
        var value = context.Value;
        if (value.ValueKind != JsonValueKind.Object
            || context.Kind is SwaggerNodeKind.Parameter or SwaggerNodeKind.Response && value.TryGetProperty("$ref"u8, out _))
        {
            return;
        }

        var model = context.Model;
        foreach (var member in value.EnumerateObject())
        {
            // The UTF-8 name spares a string per member.
            var utf8Name = Utf8Text.Name(member);
            if (!SwaggerModel.IsExtension(utf8Name) && !(model.TryGetField(utf8Name, out var field) && field.IsFixed))
            {
                Report(context, model, member);
            }
        }
    }

    private static void Report(SwaggerNodeContext context, SwaggerObjectModel model, JsonProperty member)
    {
        var element = context.Node.Member(member);
        if (context.Swagger.MisplacedMembers.Contains(element.Pointer))
        {
            return;
        }

        var name = member.Name;
        var location = element.NameLocation;
        if (model.Fields.FirstOrDefault(f => f.IsFixed && string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)) is { } variant)
        {
            context.Report(CaseVariant, location, name, model.Name, variant.Name);
        }
        else if (name.StartsWith("X-", StringComparison.Ordinal))
        {
            context.Report(CapitalExtension, location, name, model.Name, "x-" + name[2..]);
        }
        else
        {
            context.Report(Rule, location, name, model.Name);
        }
    }
}
