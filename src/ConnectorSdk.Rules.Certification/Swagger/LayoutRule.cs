using System.Text;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1021 (style): the swagger's layout follows the connector coding conventions: indentation by
/// four spaces, no hard tabs, no trailing whitespace, and the top-level sections in the conventional
/// order. Each text problem is reported once per file, at its first line, with the number of lines.
/// </summary>
public sealed class LayoutRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.Layout,
        title: "Follow the conventional layout of the swagger file",
        messageFormat: "{0}",
        RuleCategories.Swagger,
        DiagnosticSeverity.Info,
        AnalysisMode.All,
        ConnectorKinds.All,
        description: "Microsoft's connector coding conventions ask for 4-space indentation, no hard tabs, no trailing whitespace, and the top-level sections in the order swagger, info, host/basePath/schemes, consumes/produces, paths, definitions, parameters.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context)
    {
        context.RegisterSwaggerAction(CheckOrder);
        context.RegisterAdditionalFileAction(ConnectorFileKind.ApiDefinition, CheckText);
    }

    private static void CheckOrder(SwaggerContext context)
    {
        var root = context.Swagger.Root;
        var highest = -1;
        string? highestName = null;
        foreach (var member in root.EnumerateProperties())
        {
            var rank = Rank(member.Name!);
            if (rank < 0)
            {
                continue;
            }

            if (rank < highest)
            {
                context.Report(Rule, member.NameLocation, $"Section '{member.Name}' comes after '{highestName}'; the conventional order is {Describe()}");
            }
            else
            {
                (highest, highestName) = (rank, member.Name);
            }
        }
    }

    private static int Rank(string name)
    {
        for (var i = 0; i < ValueLists.SwaggerSectionOrder.Count; i++)
        {
            if (ValueLists.SwaggerSectionOrder[i].Contains(name, StringComparer.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Describe() => string.Join(", ", ValueLists.SwaggerSectionOrder.Select(rank => string.Join("/", rank)));

    private static void CheckText(AdditionalFileContext context)
    {
        var text = context.Text ?? new UTF8Encoding(false).GetString(context.Content.Span);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var tabs = new Finding();
        var trailing = new Finding();
        var indent = new Finding();
        var line = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            line++;
            var content = raw;
            var tab = content.IndexOf('\t');
            if (tab >= 0)
            {
                tabs.Add(line, tab, tab + 1);
            }

            var trimmed = content.TrimEnd(" \t");
            if (trimmed.Length < content.Length)
            {
                trailing.Add(line, trimmed.Length, content.Length);
            }

            var spaces = content.Length - content.TrimStart(' ').Length;
            if (trimmed.Length > 0 && spaces % 4 != 0 && content[spaces] != '\t')
            {
                indent.Add(line, 0, spaces);
            }
        }

        var path = context.File.Path;
        tabs.Report(context, path, "Line {0} has a hard tab ({1} with tabs); indent with spaces, 4 per level");
        trailing.Report(context, path, "Line {0} ends with whitespace ({1} like this); remove trailing spaces and tabs");
        indent.Report(context, path, "Line {0} is indented by a number of spaces that is not a multiple of 4 ({1} like this); indent by 4 spaces per level");
    }

    /// <summary>The first occurrence of one kind of problem, and how many lines have it.</summary>
    private sealed class Finding
    {
        private int _count;
        private SourceSpan _first;

        public void Add(int line, int start, int end)
        {
            if (_count++ == 0)
            {
                _first = new SourceSpan(line, start + 1, line, end + 1);
            }
        }

        public void Report(AdditionalFileContext context, string path, string format)
        {
            if (_count > 0)
            {
                context.Report(Rule, Location.InText(path, _first), string.Format(System.Globalization.CultureInfo.InvariantCulture, format, _first.StartLine, _count == 1 ? "1 line" : $"{_count} lines"));
            }
        }
    }
}
