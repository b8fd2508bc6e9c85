using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1021 (style): the swagger's layout follows the connector coding conventions: indentation by
/// four spaces, no hard tabs, no trailing whitespace, and the top-level sections in the conventional
/// order. Each text problem is reported once per file, at its first line, with the number of lines.
/// </summary>
internal sealed class LayoutRule : ConnectorAnalyzer
{
    private const string Title = "Follow the conventional layout of the swagger file";

    /// <summary>Spaces per level of indentation, as the conventions ask.</summary>
    private const int IndentSize = 4;

    // Static fields initialize in the order written: the description before the descriptors that use it.
    private static readonly string Description = $"Microsoft's connector coding conventions ask for {IndentSize}-space indentation, no hard tabs, no trailing whitespace, and the top-level sections in the order swagger, info, host/basePath/schemes, consumes/produces, paths, definitions, parameters.";

    /// <summary>{0}: the section; {1}: the section it comes after; {2}: the conventional order.</summary>
    public static readonly DiagnosticDescriptor SectionOrder = Create("Section '{0}' comes after '{1}'; the conventional order is {2}");

    /// <summary>{0}: the first line with a tab; {1}: how many lines have one.</summary>
    public static readonly DiagnosticDescriptor HardTab = Create($"Line {{0}} has a hard tab (lines with tabs: {{1}}); indent with spaces, {IndentSize} per level");

    /// <summary>{0}: the first line that ends with whitespace; {1}: how many lines do.</summary>
    public static readonly DiagnosticDescriptor TrailingWhitespace = Create("Line {0} ends with whitespace (lines like this: {1}); remove trailing spaces and tabs");

    /// <summary>{0}: the first line indented by another number of spaces; {1}: how many lines are.</summary>
    public static readonly DiagnosticDescriptor Indentation = Create($"Line {{0}} is indented by a number of spaces that is not a multiple of {IndentSize} (lines like this: {{1}}); indent by {IndentSize} spaces per level");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [SectionOrder, HardTab, TrailingWhitespace, Indentation];

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.Layout, Title, messageFormat, DiagnosticSeverity.Info, Description, mode: AnalysisMode.All);

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
                context.Report(SectionOrder, member.NameLocation, member.Name, highestName, Order);
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

    private static readonly string Order = string.Join(", ", ValueLists.SwaggerSectionOrder.Select(rank => string.Join("/", rank)));

    private static void CheckText(AdditionalFileContext context)
    {
        // The engine's decoding: byte order mark removed, a file that is not UTF-8 read as Windows-1252, as the positions are.
        if (context.Text is not { } text)
        {
            return;
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
            if (trimmed.Length > 0 && spaces % IndentSize != 0 && content[spaces] != '\t')
            {
                indent.Add(line, 0, spaces);
            }
        }

        var path = context.File.Path;
        tabs.Report(context, path, HardTab);
        trailing.Report(context, path, TrailingWhitespace);
        indent.Report(context, path, Indentation);
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

        public void Report(AdditionalFileContext context, string path, DiagnosticDescriptor descriptor)
        {
            if (_count > 0)
            {
                context.Report(descriptor, Location.InText(path, _first), _first.StartLine, _count);
            }
        }
    }
}
