using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1075: no two paths are the same template: equal when letter case is ignored, or, when they define an operation
/// for the same method, when only the names of their variables differ (<c>/items/{id}</c> and <c>/Items/{itemId}</c>).
/// A path that only declares a webhook's notification (<c>x-ms-notification-content</c>, no operation) may share a
/// template with an operation's path. Each later path is reported once, against the first one it repeats. Paths whose variable segment may stand for another's static one are PPC1082's warning.
/// </summary>
public sealed class DuplicatePathRule : ConnectorAnalyzer
{
    private const string Title = "Paths must not repeat another path's template";

    private const string Description = "The platform routes a request by its path template, ignoring letter case and the names of template variables: two paths that differ only in these are one path defined twice, which the validator rejects (PathRedefined, DuplicateOperationPath).";

    /// <summary>{0}: the path; {1}: the earlier path it repeats.</summary>
    public static readonly DiagnosticDescriptor LetterCase = Create("Path '{0}' repeats the path '{1}' with different capitalization; paths are compared ignoring letter case: merge the two into one path item");

    /// <summary>{0}: the path; {1}: the earlier path it repeats; {2}: the methods both define.</summary>
    public static readonly DiagnosticDescriptor SameTemplate = Create("Path '{0}' is the same template as the path '{1}' and both define {2}: only the names of template variables differ; merge the two into one path item");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [LetterCase, SameTemplate];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var earlier = new List<(string Path, string Template, string[] Methods)>();
        foreach (var pathItem in PathTemplates.PathItems(context.Swagger))
        {
            var path = pathItem.Name!;
            var template = PathTemplates.Normalize(path);
            var methods = PathTemplates.Methods(pathItem);
            foreach (var other in earlier)
            {
                if (string.Equals(path, other.Path, StringComparison.OrdinalIgnoreCase))
                {
                    context.Report(LetterCase, pathItem.NameLocation, path, other.Path);
                    break;
                }

                if (string.Equals(template, other.Template, StringComparison.OrdinalIgnoreCase) && methods.Intersect(other.Methods).Any())
                {
                    context.Report(SameTemplate, pathItem.NameLocation, path, other.Path, PathTemplates.Upper(methods.Intersect(other.Methods)));
                    break;
                }
            }

            earlier.Add((path, template, methods));
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.PathDuplicate, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "DuplicateOperationPath");
}
