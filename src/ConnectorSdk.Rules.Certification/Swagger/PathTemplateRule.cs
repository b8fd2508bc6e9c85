using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1074: a path template starts with '/', holds no query string, fragment or '*', and each
/// <c>{variable}</c> is non-empty, closed within its segment and has no default value.
/// </summary>
public sealed class PathTemplateRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.PathTemplateInvalid,
        title: "Operation paths must be valid path templates",
        messageFormat: "Path '{0}' {1}",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "A key of 'paths' is a template relative to basePath: it starts with '/', contains no '?', '#' or '*', and every {variable} is a non-empty name closed within one segment, without a default value.",
        name: "OperationPathTemplateNotValid");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (!context.Swagger.Root.TryGetProperty("paths", out var paths))
        {
            return;
        }

        foreach (var pathItem in paths.EnumerateProperties())
        {
            var path = pathItem.Name!;
            if (path.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var problem in Problems(path))
            {
                context.Report(Rule, pathItem.NameLocation, path, problem);
            }
        }
    }

    /// <summary>Each kind of problem of a path, once.</summary>
    private static IEnumerable<string> Problems(string path)
    {
        if (!path.StartsWith('/'))
        {
            yield return "must start with '/'";
        }

        var queryOrFragment = path.IndexOfAny(['?', '#']);
        if (queryOrFragment >= 0)
        {
            yield return $"contains '{path[queryOrFragment]}': a path cannot carry a query string or fragment; declare query values as parameters with \"in\": \"query\"";
        }

        if (path.Contains('*', StringComparison.Ordinal))
        {
            yield return "contains '*', which the platform does not support in paths";
        }

        if (TemplateProblem(path, out var withDefault) is { } problem)
        {
            yield return problem;
        }

        if (withDefault is not null)
        {
            yield return $"gives the template variable '{withDefault}' a default value; path templates cannot hold defaults";
        }
    }

    /// <summary>The first structural problem of the template variables; also the first variable with a '=' default.</summary>
    private static string? TemplateProblem(string path, out string? withDefault)
    {
        withDefault = null;
        var open = -1;
        for (var i = 0; i < path.Length; i++)
        {
            switch (path[i])
            {
                case '{' when open >= 0:
                    return $"has '{{' inside the template variable starting at '{path[open..]}'";
                case '{':
                    open = i;
                    break;
                case '}' when open < 0:
                    return "has a '}' without a matching '{'";
                case '}':
                    var variable = path[open..(i + 1)];
                    if (variable.Length == 2)
                    {
                        return "has an empty template variable '{}'";
                    }

                    if (withDefault is null && variable.Contains('=', StringComparison.Ordinal))
                    {
                        withDefault = variable;
                    }

                    open = -1;
                    break;
                case '/' when open >= 0:
                    return $"does not close the template variable '{path[open..i]}' within its segment";
            }
        }

        return open >= 0 ? $"does not close the template variable '{path[open..]}'" : null;
    }
}
