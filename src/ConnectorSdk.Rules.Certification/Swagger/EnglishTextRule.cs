using System.Globalization;
using System.Text;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1048 (the "is English" half of the PPC1030 and PPC1036 rows): the title and description are
/// written in English. A heuristic: text whose letters are mostly outside the Latin script is reported.
/// </summary>
/// <remarks>
/// Latin-script languages other than English are not detected: telling French from English needs a
/// dictionary. Brand names with accents (Café, Zoë) and a few non-Latin words stay under the threshold.
/// </remarks>
internal sealed class EnglishTextRule : ConnectorAnalyzer
{
    /// <summary>The share of letters outside the Latin script above which a text is not English.</summary>
    private const double MaxNonLatinShare = 0.2;

    /// <summary>{0}: the member; {1}: its text, shortened; {2}: the share of non-Latin letters in percent.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.NotEnglish,
        "The title and description must be in English",
        "'info.{0}' ({1}) is mostly written in a script other than Latin ({2}% of its letters); certification asks for English",
        DiagnosticSeverity.Warning,
        "Certified connectors are published with English names and descriptions; the validator rejects other languages (ValueMustBeInEnglish). This heuristic catches text written in a non-Latin script.",
        ConnectorKinds.Certification,
        AnalysisMode.Recommended,
        name: "ValueMustBeInEnglish");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        foreach (var member in new[] { ConnectorInfo.Title, ConnectorInfo.Description })
        {
            if (ConnectorInfo.TryGetInfoString(context.Swagger.Root, member, out var element, out var text)
                && NonLatinShare(text) is var share and > MaxNonLatinShare)
            {
                var shown = text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
                context.Report(Rule, element.Location, member, shown, Math.Round(share * 100).ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>The share of letters that are not Latin (Basic Latin up to Latin Extended Additional), 0 without letters.</summary>
    internal static double NonLatinShare(string text)
    {
        int letters = 0, nonLatin = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetter(rune))
            {
                letters++;
                if (rune.Value > 0x24F && rune.Value is < 0x1E00 or > 0x1EFF)
                {
                    nonLatin++;
                }
            }
        }

        return letters == 0 ? 0 : (double)nonLatin / letters;
    }
}
