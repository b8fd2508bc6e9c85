using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1119: x-ms-visibility is written in lower case, as the documentation and the connectors of the repository write
/// it. The platform reads other cases ("Advanced"), so this is a warning; a value that is not documented in any case
/// is PPC1104's error.
/// </summary>
public sealed class VisibilityCaseRule : ConnectorAnalyzer
{
    private const string Title = "x-ms-visibility should be written in lower case";

    private const string Description = "The OpenAPI extensions documentation writes the x-ms-visibility values in lower case (\"important\", \"advanced\", \"internal\"), and so do the connectors of Microsoft's connector repository. The platform reads other letter cases, but tools that compare exactly (and reviewers) do not.";

    private const string Expected = "should be written \"{2}\"";

    /// <summary>{0}: the operation; {1}: the value as JSON; {2}: the documented spelling. Reported at the value.</summary>
    public static readonly DiagnosticDescriptor Operation = Create($"Operation {{0}} has x-ms-visibility {{1}}; it {Expected}");

    /// <summary>{0}: the parameter; {1}: the value as JSON; {2}: the documented spelling. Reported at the value.</summary>
    public static readonly DiagnosticDescriptor Parameter = Create($"Parameter {{0}} has x-ms-visibility {{1}}; it {Expected}");

    /// <summary>{0}: the schema's JSON pointer; {1}: the value as JSON; {2}: the documented spelling. Reported at the value.</summary>
    public static readonly DiagnosticDescriptor Schema = Create($"Schema {{0}} has x-ms-visibility {{1}}; it {Expected}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Operation, Parameter, Schema];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerExtensionAction(Analyze, Visibility.OwnerKinds);

    private static void Analyze(SwaggerMemberContext context)
    {
        if (Visibility.TryGetUndocumented(context, out var value) && value.ValueKind == JsonValueKind.String && Visibility.Documented(value.GetString()!) is { } documented)
        {
            var element = context.Element;
            context.Report(Visibility.For(context, Operation, Parameter, Schema), element.Location, Visibility.DescribeOwner(context), JsonValueText.Show(element), documented);
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.VisibilityCase, Title, messageFormat, DiagnosticSeverity.Warning, Description, mode: AnalysisMode.Recommended);
}
