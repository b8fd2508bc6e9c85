using System.Text;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1033: the title ends with a letter or digit (or the ')' of a parenthesized suffix).</summary>
public sealed class TitleEndRule : ConnectorAnalyzer
{
    /// <summary>{0}: the title; {1}: its last character, named ('a space', '.').</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.TitleEnd,
        "The connector title must end with a letter or digit",
        "Title '{0}' ends with {1}; a connector title must end with a letter, a digit or a closing parenthesis",
        DiagnosticSeverity.Error,
        "The validator rejects a title that ends with anything but an alphanumeric character (ValueMustEndWithAlphanumeric), including a space or line break. A closing parenthesis is accepted, as in 'Contoso (Independent Publisher)'.",
        ConnectorKinds.Certification,
        name: "ValueMustEndWithAlphanumeric");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (ConnectorInfo.TryGetTitle(context.Swagger.Root, out var element, out var title)
            && Rune.TryGetRuneAt(title, char.IsLowSurrogate(title[^1]) && title.Length > 1 ? title.Length - 2 : title.Length - 1, out var last)
            && !Rune.IsLetterOrDigit(last) && last.Value != ')')
        {
            context.Report(Rule, element.Location, title, DescribeCharacter(last));
        }
    }

    private static string DescribeCharacter(Rune character) => character.Value switch
    {
        ' ' => "a space",
        '\t' => "a tab",
        '\n' => "a line feed",
        '\r' => "a carriage return",
        _ when Rune.IsWhiteSpace(character) => $"white space (U+{character.Value:X4})",
        _ when Rune.IsControl(character) => $"a control character (U+{character.Value:X4})",
        _ => $"'{character}'",
    };
}
