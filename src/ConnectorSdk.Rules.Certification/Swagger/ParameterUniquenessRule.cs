using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1096: a parameters list names each (name, in) pair once, has at most one body parameter, and does not mix a body
/// with form data. A path item's list is checked on its own; an operation's list merged with its path item's
/// (references resolved, as the request is built), so a body on the path item and another on the operation are two.
/// </summary>
public sealed class ParameterUniquenessRule : ConnectorAnalyzer
{
    private const string Title = "Parameters must be unique, with at most one body and not both body and form data";

    private const string Description = "The swagger validator rejects a parameters list that names the same parameter (name and location) twice (OperationParametersContainDuplicateParameter, PathParametersContainDuplicateParameter, OperationParametersAreNotUnique), that has more than one body parameter (OperationParametersContainMultipleBodyParameters, PathParametersContainMultipleBodyParameters), or that has both a body and form data (ParameterListContainsFormDataAndBody). An operation's parameters include its path item's, which it may override by name and location.";

    private const string Name = "OperationParametersContainDuplicateParameter";

    private const string Duplicate = "names parameter {1} more than once; a name may appear once per location: remove the repetition or rename one";

    private const string MultipleBodies = "has {1} body parameters ({2}); a request has one body: describe it with one schema";

    private const string BodyAndFormData = "has both the body parameter {1} and the form data parameter {2}; a request carries one or the other";

    /// <summary>{0}: the operation; {1}: the repeated parameter. Reported where it is declared again.</summary>
    public static readonly DiagnosticDescriptor DuplicateInOperation = Create($"Operation {{0}} {Duplicate}");

    /// <summary>{0}: the path; {1}: the repeated parameter. Reported where it is declared again.</summary>
    public static readonly DiagnosticDescriptor DuplicateInPath = Create($"Path '{{0}}' {Duplicate}");

    /// <summary>{0}: the operation; {1}: how many body parameters; {2}: their names. Reported at one the operation declares.</summary>
    public static readonly DiagnosticDescriptor MultipleBodiesInOperation = Create($"Operation {{0}} {MultipleBodies}");

    /// <summary>{0}: the path; {1}: how many body parameters; {2}: their names. Reported at the second.</summary>
    public static readonly DiagnosticDescriptor MultipleBodiesInPath = Create($"Path '{{0}}' {MultipleBodies}");

    /// <summary>{0}: the operation; {1}: the body parameter; {2}: the form data parameter. Reported at one the operation declares.</summary>
    public static readonly DiagnosticDescriptor BodyAndFormDataInOperation = Create($"Operation {{0}} {BodyAndFormData}");

    /// <summary>{0}: the path; {1}: the body parameter; {2}: the form data parameter. Reported at the form data parameter.</summary>
    public static readonly DiagnosticDescriptor BodyAndFormDataInPath = Create($"Path '{{0}}' {BodyAndFormData}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [DuplicateInOperation, DuplicateInPath, MultipleBodiesInOperation, MultipleBodiesInPath, BodyAndFormDataInOperation, BodyAndFormDataInPath];

    public override void Initialize(ConnectorAnalysisContext context)
    {
        context.RegisterSwaggerNodeAction(AnalyzePathItem, SwaggerNodeKind.PathItem);
        context.RegisterOperationAction(AnalyzeOperation);
    }

    private static void AnalyzePathItem(SwaggerNodeContext context)
    {
        if (context.Value.ValueKind != JsonValueKind.Object || !context.Node.TryGetProperty("parameters"u8, out var list))
        {
            return;
        }

        var entries = list.EnumerateItems()
            .Select(item => context.Swagger.TryResolve(item, out var target) ? new Entry(item, target, IsOwn: true) : default)
            .Where(entry => entry.IsKnown)
            .ToList();
        var path = context.Path.Name(context.Path.Depth - 1)!;
        Check(context, entries, entries, path, DuplicateInPath, MultipleBodiesInPath, BodyAndFormDataInPath);
    }

    private static void AnalyzeOperation(OperationContext context)
    {
        var operation = context.Operation;
        var ownPrefix = operation.Element.Pointer + "/";
        var merged = operation.Parameters
            .Where(parameter => parameter.IsResolved)
            .Select(parameter => new Entry(parameter.Declaration, parameter.Element, parameter.Declaration.Pointer.StartsWith(ownPrefix, StringComparison.Ordinal)))
            .Where(entry => entry.IsKnown)
            .ToList();

        // The path item's own repetitions are the path item's findings; an operation's entry overrides its path item's.
        Check(context, merged.Where(entry => entry.IsOwn).ToList(), merged, OperationNodes.Describe(operation), DuplicateInOperation, MultipleBodiesInOperation, BodyAndFormDataInOperation);
    }

    /// <summary>
    /// Reports repetitions within <paramref name="own"/>, and more than one body or a body with form data in
    /// <paramref name="all"/> when the owner declares one of them (at the first it declares, past the first body).
    /// </summary>
    private static void Check(ConnectorContext context, List<Entry> own, List<Entry> all, string owner, DiagnosticDescriptor duplicate, DiagnosticDescriptor multipleBodies, DiagnosticDescriptor bodyAndFormData)
    {
        for (var i = 1; i < own.Count; i++)
        {
            if (own.Take(i).Any(earlier => earlier.Name == own[i].Name && earlier.In == own[i].In))
            {
                context.Report(duplicate, own[i].Location, owner, own[i].Describe());
            }
        }

        var bodies = all.Where(entry => entry.In == Parameters.Body).ToList();
        if (bodies.Count > 1 && (FirstOwn(bodies.Skip(1)) ?? FirstOwn(bodies.Take(1))) is { } extra)
        {
            context.Report(multipleBodies, extra.Location, owner, bodies.Count, string.Join(", ", bodies.Select(body => body.Describe())));
        }

        var formData = all.Where(entry => entry.In == FormData).ToList();
        if (bodies.Count > 0 && formData.Count > 0 && (FirstOwn(formData) ?? FirstOwn(bodies)) is { } mixed)
        {
            context.Report(bodyAndFormData, mixed.Location, owner, bodies[0].Describe(), formData[0].Describe());
        }
    }

    private static Entry? FirstOwn(IEnumerable<Entry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.IsOwn)
            {
                return entry;
            }
        }

        return null;
    }

    private const string FormData = "formData";

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ParameterNotUnique, Title, messageFormat, DiagnosticSeverity.Error, Description, name: Name);

    /// <summary>An entry of a parameters list with a string name and location, resolved; <see cref="IsOwn"/>: declared by the owner being checked.</summary>
    private readonly record struct Entry(SourceElement Declaration, SourceElement Element, bool IsOwn)
    {
        public string? Name => Element.GetString("name");

        public string? In => Element.GetString("in");

        public bool IsKnown => Element.Kind == JsonValueKind.Object && Name is not null && In is not null;

        public Location Location => Parameters.WhereDeclared(Declaration, Element);

        public string Describe() => Parameters.Describe(Element.Value);
    }
}
