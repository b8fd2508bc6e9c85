using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1033: the title ends with a letter or digit (or the ')' of a parenthesized suffix).</summary>
public sealed class TitleEndRule : ConnectorAnalyzer
{
    /// <summary>{0}: the title; {1}: its last character, described.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.TitleEnd,
        "The connector title must end with a letter or digit",
        "Title '{0}' ends with {1}; a connector title must end with a letter, a digit or a closing parenthesis",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.Certification,
        "The validator rejects a title that ends with anything but an alphanumeric character (ValueMustEndWithAlphanumeric), including a space or line break. A closing parenthesis is accepted, as in 'Contoso (Independent Publisher)'.",
        name: "ValueMustEndWithAlphanumeric");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (ConnectorInfo.TryGetTitle(context.Swagger.Root, out var element, out var title)
            && title[^1] is var last
            && !char.IsLetterOrDigit(last) && last != ')')
        {
            context.Report(Rule, element.Location, title, DescribeCharacter(last));
        }
    }

    private static string DescribeCharacter(char character) => character switch
    {
        ' ' => "a space",
        '\t' => "a tab",
        '\n' => "a line feed",
        '\r' => "a carriage return",
        _ when char.IsWhiteSpace(character) => $"white space (U+{(int)character:X4})",
        _ when char.IsControl(character) => $"a control character (U+{(int)character:X4})",
        _ => $"'{character}'",
    };
}
