using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1104: x-ms-visibility on an operation, a parameter or a schema is "important", "advanced" or "internal" (in any
/// letter case; another case is PPC1119's warning), or empty.
/// </summary>
public sealed class VisibilityRule : ConnectorAnalyzer
{
    private const string Title = $"x-ms-visibility must be \"important\", \"advanced\" or \"internal\"";

    private const string Description = "x-ms-visibility tells the designers where to show an operation, a parameter or a schema property: \"important\" (always shown first), \"advanced\" (under a menu) or \"internal\" (hidden); leaving it out, \"none\" or an empty string means normal. The OpenAPI extensions documentation lists no other value: another is not one the designers know.";

    private const string Expected = $"expected {{2}} (or \"none\", or leave it out, for normal visibility)";

    /// <summary>{0}: the operation; {1}: the value as JSON; {2}: the documented values. Reported at the value.</summary>
    public static readonly DiagnosticDescriptor Operation = Create($"Operation {{0}} has x-ms-visibility {{1}}; {Expected}");

    /// <summary>{0}: the parameter; {1}: the value as JSON; {2}: the documented values. Reported at the value.</summary>
    public static readonly DiagnosticDescriptor Parameter = Create($"Parameter {{0}} has x-ms-visibility {{1}}; {Expected}");

    /// <summary>{0}: the schema's JSON pointer; {1}: the value as JSON; {2}: the documented values. Reported at the value.</summary>
    public static readonly DiagnosticDescriptor Schema = Create($"Schema {{0}} has x-ms-visibility {{1}}; {Expected}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Operation, Parameter, Schema];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerExtensionAction(Analyze, Visibility.OwnerKinds);

    private static void Analyze(SwaggerMemberContext context)
    {
        if (Visibility.TryGetUndocumented(context, out var value) && (value.ValueKind != JsonValueKind.String || Visibility.Documented(value.GetString()!) is null))
        {
            var element = context.Element;
            context.Report(Visibility.For(context, Operation, Parameter, Schema), element.Location, Visibility.DescribeOwner(context), JsonValueText.Show(element), Visibility.ValuesText);
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.VisibilityNotValid, Title, messageFormat, DiagnosticSeverity.Error, Description);
}
