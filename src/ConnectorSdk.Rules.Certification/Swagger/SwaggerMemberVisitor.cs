using System.Runtime.ExceptionServices;
using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// One rule's part in the shared <see cref="SwaggerWalker"/>: it looks at each member and records its findings,
/// which the rule's swagger action reports through its own context once the walk is over.
/// </summary>
internal abstract class SwaggerMemberVisitor
{
    private readonly List<Diagnostic> _findings = [];
    private ExceptionDispatchInfo? _failure;

    /// <summary>Called for each member of an object the walker enters; <paramref name="owner"/> is what that object is.</summary>
    protected abstract void VisitMember(SwaggerWalker walker, SwaggerNodeKind owner, JsonProperty member);

    protected void Record(DiagnosticDescriptor descriptor, Location location, params object?[] arguments)
        => _findings.Add(Diagnostic.Create(descriptor, location, arguments));

    /// <summary>
    /// A visitor that throws is not called again, and its rule's action rethrows: the engine then reports that rule
    /// as failed, as it would if the rule walked alone, and the other visitors carry on.
    /// </summary>
    internal void Visit(SwaggerWalker walker, SwaggerNodeKind owner, JsonProperty member)
    {
        if (_failure is not null)
        {
            return;
        }

        try
        {
            VisitMember(walker, owner, member);
        }
        catch (Exception exception)
        {
            _failure = ExceptionDispatchInfo.Capture(exception);
        }
    }

    /// <summary>Reports the findings, in document order, then the failure if there was one.</summary>
    internal void ReportTo(ConnectorContext context)
    {
        foreach (var finding in _findings)
        {
            context.ReportDiagnostic(finding);
        }

        _failure?.Throw();
    }
}
