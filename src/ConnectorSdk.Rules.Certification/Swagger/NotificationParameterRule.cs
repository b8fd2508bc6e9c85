using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1117: a trigger that fetches (an operation with <c>x-ms-notification</c>) and the webhook operation it names to
/// subscribe give their same-named parameters the same type and visibility (their own and their path items',
/// references resolved). A name that matches no operation is PPC1055's.
/// </summary>
public sealed class NotificationParameterRule : ConnectorAnalyzer
{
    /// <summary>{0}: the fetch operation's parameter; {1}: the fetch operation; {2}: the subscribe operation; {3}: its type, as JSON or "none"; {4}: the other's.</summary>
    public static readonly DiagnosticDescriptor Type = Create("Parameter {0} of {1} has type {3}, but the same-named parameter of {2}, which it subscribes through, has type {4}; give both the same type");

    /// <summary>{0}: the fetch operation's parameter; {1}: the fetch operation; {2}: the subscribe operation; {3}: its visibility, as JSON or "none"; {4}: the other's.</summary>
    public static readonly DiagnosticDescriptor Visibility = Create("Parameter {0} of {1} has x-ms-visibility {3}, but the same-named parameter of {2}, which it subscribes through, has {4}; give both the same visibility");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Type, Visibility];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        foreach (var fetch in context.Swagger.Operations)
        {
            if (!fetch.Element.TryGetProperty("x-ms-notification"u8, out var notification) || notification.GetString("operationId") is not { } id
                || context.Swagger.Operations.FirstOrDefault(operation => operation.OperationId == id) is not { } subscribe)
            {
                continue;
            }

            foreach (var parameter in fetch.Parameters.Where(p => p.IsResolved && p.Name is not null))
            {
                if (subscribe.Parameters.FirstOrDefault(other => other.IsResolved && other.Name == parameter.Name) is not { } counterpart)
                {
                    continue;
                }

                var (type, otherType) = (Show(parameter, "type"), Show(counterpart, "type"));
                if (type != otherType)
                {
                    context.Report(Type, Parameters.WhereDeclared(parameter), Parameters.Describe(parameter), OperationNodes.Describe(fetch), OperationNodes.Describe(subscribe), type, otherType);
                }

                var (visibility, otherVisibility) = (Show(parameter, Swagger.Visibility.ExtensionName), Show(counterpart, Swagger.Visibility.ExtensionName));
                if (!string.Equals(visibility, otherVisibility, StringComparison.OrdinalIgnoreCase))
                {
                    context.Report(Visibility, Parameters.WhereDeclared(parameter), Parameters.Describe(parameter), OperationNodes.Describe(fetch), OperationNodes.Describe(subscribe), visibility, otherVisibility);
                }
            }
        }
    }

    /// <summary>A member of the parameter as JSON for the message (the value compared), "none" when it is absent.</summary>
    private static string Show(SwaggerParameter parameter, string member)
        => parameter.Element.TryGetProperty(member, out var value) && value.Kind != JsonValueKind.Null ? JsonValueText.Show(value) : "none";

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(
            RuleIds.NotificationParameterMismatch,
            "Same-named parameters of a trigger and its subscription must match in type and visibility",
            messageFormat,
            DiagnosticSeverity.Error,
            "A trigger with x-ms-notification fetches with its own operation and subscribes with the webhook operation it names; the platform passes the user's inputs to both by name, and the swagger validator rejects parameters of the same name in fetch and subscribe operations with different types or visibilities (ParamtersWithSameNameMustHaveSameTypeAndVisibility).",
            name: "ParamtersWithSameNameMustHaveSameTypeAndVisibility");
}
