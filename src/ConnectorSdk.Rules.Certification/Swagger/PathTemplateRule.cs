using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1074: a path template starts with '/', holds no query string, fragment or '*', and each
/// <c>{variable}</c> is non-empty, closed within its segment and has no default value.
/// </summary>
internal sealed class PathTemplateRule : ConnectorAnalyzer
{
    private const string Title = "Operation paths must be valid path templates";

    private const string Description = "A key of 'paths' is a template relative to basePath: it starts with '/', contains no '?', '#' or '*', and every {variable} is a non-empty name closed within one segment, without a default value.";

    private const string Name = "OperationPathTemplateNotValid";

    // Each {0} is the path; {1}, where there is one, the character or template variable in question.
    public static readonly DiagnosticDescriptor NoLeadingSlash = Create("Path '{0}' must start with '/'");

    public static readonly DiagnosticDescriptor QueryOrFragment = Create("Path '{0}' contains '{1}': a path cannot carry a query string or fragment; declare query values as parameters with \"in\": \"query\"");

    public static readonly DiagnosticDescriptor Wildcard = Create("Path '{0}' contains '*', which the platform does not support in paths");

    public static readonly DiagnosticDescriptor NestedVariable = Create("Path '{0}' has '{{' inside the template variable starting at '{1}'");

    public static readonly DiagnosticDescriptor UnmatchedClose = Create("Path '{0}' has a '}}' without a matching '{{'");

    public static readonly DiagnosticDescriptor EmptyVariable = Create("Path '{0}' has an empty template variable '{{}}'");

    public static readonly DiagnosticDescriptor VariableAcrossSegments = Create("Path '{0}' does not close the template variable '{1}' within its segment");

    public static readonly DiagnosticDescriptor UnclosedVariable = Create("Path '{0}' does not close the template variable '{1}'");

    public static readonly DiagnosticDescriptor DefaultValue = Create("Path '{0}' gives the template variable '{1}' a default value; path templates cannot hold defaults");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NoLeadingSlash, QueryOrFragment, Wildcard, NestedVariable, UnmatchedClose, EmptyVariable, VariableAcrossSegments, UnclosedVariable, DefaultValue];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        foreach (var pathItem in PathTemplates.PathItems(context.Swagger))
        {
            var path = pathItem.Name!;
            foreach (var (problem, detail) in Problems(path))
            {
                context.Report(problem, pathItem.NameLocation, detail is null ? [path] : [path, detail]);
            }
        }
    }

    /// <summary>Each kind of problem of a path, once, with the character or variable it is about.</summary>
    private static IEnumerable<(DiagnosticDescriptor Problem, string? Detail)> Problems(string path)
    {
        if (!path.StartsWith('/'))
        {
            yield return (NoLeadingSlash, null);
        }

        var queryOrFragment = path.IndexOfAny(['?', '#']);
        if (queryOrFragment >= 0)
        {
            yield return (QueryOrFragment, path[queryOrFragment].ToString());
        }

        if (path.Contains('*', StringComparison.Ordinal))
        {
            yield return (Wildcard, null);
        }

        if (TemplateProblem(path, out var withDefault) is { } problem)
        {
            yield return problem;
        }

        if (withDefault is not null)
        {
            yield return (DefaultValue, withDefault);
        }
    }

    /// <summary>The first structural problem of the template variables; also the first variable with a '=' default.</summary>
    private static (DiagnosticDescriptor, string?)? TemplateProblem(string path, out string? withDefault)
    {
        withDefault = null;
        var open = -1;
        for (var i = 0; i < path.Length; i++)
        {
            switch (path[i])
            {
                case '{' when open >= 0:
                    return (NestedVariable, path[open..]);
                case '{':
                    open = i;
                    break;
                case '}' when open < 0:
                    return (UnmatchedClose, null);
                case '}':
                    var variable = path[open..(i + 1)];
                    if (variable.Length == 2)
                    {
                        return (EmptyVariable, null);
                    }

                    if (withDefault is null && variable.Contains('=', StringComparison.Ordinal))
                    {
                        withDefault = variable;
                    }

                    open = -1;
                    break;
                case '/' when open >= 0:
                    return (VariableAcrossSegments, path[open..i]);
            }
        }

        return open >= 0 ? (UnclosedVariable, path[open..]) : null;
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.PathTemplateInvalid, Title, messageFormat, DiagnosticSeverity.Error, Description, name: Name);
}
