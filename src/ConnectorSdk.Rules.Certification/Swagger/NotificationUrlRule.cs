using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1152: <c>x-ms-notification-url</c> is a boolean, and the property it marks (the webhook's callback URL) sits in an
/// operation's request body, is a string, is internal (itself or an object above it) and is required on the whole way
/// down from the body.
/// </summary>
public sealed class NotificationUrlRule : ConnectorAnalyzer
{
    private const string Title = "The callback URL of a webhook must be a required, internal string property of the request body";

    private const string Description = "x-ms-notification-url marks the property of a webhook registration's request body into which the platform puts the callback URL. The swagger validator rejects the mark elsewhere (NotificationUrlNotAllowedInThisPosition), on a property that is not a string (NotificationUrlNotString), that users could see or fill in (NotificationUrlNotInternal) or that the request could leave out (NotificationUrlNotRequired).";

    /// <summary>{0}: the object holding the extension; {1}: the value as JSON. At the value.</summary>
    public static readonly DiagnosticDescriptor NotBoolean = Create($"{{0}} has {Webhooks.Mark} {{1}}; expected true on the property that carries the callback URL, or no {Webhooks.Mark} at all");

    /// <summary>{0}: the object holding the extension. At the extension's name.</summary>
    public static readonly DiagnosticDescriptor Position = Create($"{{0}} is marked {Webhooks.Mark}, but only a property of an operation's request body can carry the callback URL; move the mark into the body parameter's schema");

    /// <summary>{0}: the property; {1}: the operation; {2}: its type as JSON, or "none". At the property.</summary>
    public static readonly DiagnosticDescriptor NotString = Create($"Property '{{0}}' of the body of operation {{1}} carries the callback URL ({Webhooks.Mark}) but has type {{2}}; declare it \"type\": \"string\"");

    /// <summary>{0}: the property; {1}: the operation. At the property.</summary>
    public static readonly DiagnosticDescriptor NotInternal = Create($"Property '{{0}}' of the body of operation {{1}} carries the callback URL ({Webhooks.Mark}) but users would see it; mark it, or an object above it, \"x-ms-visibility\": \"internal\"");

    /// <summary>{0}: the property; {1}: the operation; {2}: the first property on the way down that is not required. At the property.</summary>
    public static readonly DiagnosticDescriptor NotRequired = Create($"Property '{{0}}' of the body of operation {{1}} carries the callback URL ({Webhooks.Mark}) but '{{2}}' is not required on the way down from the body; list it in its object's required");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NotBoolean, Position, NotString, NotInternal, NotRequired];

    public override void Initialize(ConnectorAnalysisContext context)
    {
        context.RegisterSwaggerExtensionAction(AnalyzeMark);
        context.RegisterSwaggerAction(AnalyzeBodies);
    }

    /// <summary>Every mark where it is written: a boolean, and not outside request bodies.</summary>
    private static void AnalyzeMark(SwaggerMemberContext context)
    {
        if (!context.Member.NameEquals(Webhooks.Mark))
        {
            return;
        }

        var value = context.Member.Value;
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            context.Report(NotBoolean, context.Element.Location, Visibility.DescribeOwner(context), JsonValueText.Show(context.Element));
        }
        else if (value.ValueKind == JsonValueKind.True && IsMisplaced(context))
        {
            context.Report(Position, context.Element.NameLocation, Visibility.DescribeOwner(context));
        }
    }

    /// <summary>
    /// A mark outside request bodies: on a parameter or an operation, or in a schema that only responses or notifications
    /// reach. A definition nothing refers to is left alone (certified connectors keep unused copies of their bodies).
    /// </summary>
    private static bool IsMisplaced(SwaggerMemberContext context)
        => context.OwnerKind is not (SwaggerNodeKind.Schema or SwaggerNodeKind.Other)
            || (ResponseSchemas.Contains(context, context.Path) && !InputSchemas.Contains(context, context.Path));

    /// <summary>Every marked body property as an operation's request reaches it, each reported once where it is defined.</summary>
    private static void AnalyzeBodies(SwaggerContext context)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in context.Swagger.Operations)
        {
            foreach (var mark in operation.Parameters.SelectMany(parameter => Webhooks.BodyMarks(context.Swagger, parameter)))
            {
                if (!reported.Add(mark.Property.Pointer))
                {
                    continue;
                }

                var name = OperationNodes.Describe(operation);
                var type = mark.Property.TryGetProperty("type"u8, out var declared) ? declared : default;
                if (!(type.Kind == JsonValueKind.String && type.Value.ValueEquals("string"u8)))
                {
                    context.Report(NotString, type.Kind == JsonValueKind.Undefined ? mark.Property.NameLocation : type.Location, mark.Name, name, type.Kind == JsonValueKind.Undefined ? "none" : JsonValueText.Show(type));
                }

                if (!mark.IsInternal)
                {
                    context.Report(NotInternal, mark.Property.NameLocation, mark.Name, name);
                }

                if (mark.FirstOptional is { } optional)
                {
                    context.Report(NotRequired, mark.Property.NameLocation, mark.Name, name, optional);
                }
            }
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.NotificationUrlNotValid, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "NotificationUrlNotAllowedInThisPosition");
}
