using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1082 (the warning half of the PPC1075 row): two paths with the same method where a variable segment of one can
/// stand for a static segment of the other (<c>/items/{id}</c> and <c>/items/recent</c>), so that one request matches
/// both. Paths that are wholly the same template are PPC1075's error.
/// </summary>
public sealed class PathShadowRule : ConnectorAnalyzer
{
    /// <summary>{0}: the path; {1}: the earlier path that overlaps it; {2}: the methods they share.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.PathShadowed,
        "Paths should not overlap another path's template",
        "Path '{0}' overlaps the path '{1}' for {2}: a request to one can match the other's template variable; give the two distinct static segments",
        DiagnosticSeverity.Warning,
        "When a variable segment of one path can stand for a static segment of another (/items/{id} and /items/recent) and both have the same method, which operation receives a request depends on how the gateway orders its routes. The validator warns about such partially duplicated paths (PartialDuplicateOperationPath).",
        mode: AnalysisMode.Recommended,
        name: "PartialDuplicateOperationPath");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var seen = new List<(string Path, string[] Segments, string[] Methods)>();
        foreach (var pathItem in PathTemplates.PathItems(context.Swagger))
        {
            var path = pathItem.Name!;
            var segments = path.Split('/');
            var methods = PathTemplates.Methods(pathItem);
            foreach (var earlier in seen)
            {
                if (Overlap(segments, earlier.Segments) && earlier.Methods.Intersect(methods).ToArray() is { Length: > 0 } shared)
                {
                    context.Report(Rule, pathItem.NameLocation, path, earlier.Path, PathTemplates.Upper(shared));
                    break;
                }
            }

            seen.Add((path, segments, methods));
        }
    }

    /// <summary>
    /// Same number of segments, each pair equal ignoring case or one of them a variable, and at least one pair a
    /// variable against a static segment (two paths that differ only in variable names are PPC1075's).
    /// </summary>
    private static bool Overlap(string[] a, string[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var shadows = false;
        for (var i = 0; i < a.Length; i++)
        {
            bool variableA = PathTemplates.IsVariableSegment(a[i]), variableB = PathTemplates.IsVariableSegment(b[i]);
            if (variableA != variableB)
            {
                shadows = true;
            }
            else if (!variableA && !string.Equals(a[i], b[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return shadows;
    }
}
