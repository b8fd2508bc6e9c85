using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1177: the paths the dynamic extensions give into the called operation's response (value-collection, value-path,
/// value-title, itemsPath, itemTitlePath, itemValuePath) are written without a leading '/'.
/// </summary>
public sealed class DynamicPathRule : ConnectorAnalyzer
{
    /// <summary>{0}: the extension; {1}: the object holding it; {2}: the member; {3}: the path as written. On the path.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.DynamicPathLeadingSlash,
        "Paths in dynamic extensions should not start with '/'",
        "{0} on {1} has {2} \"{3}\", which starts with '/'; write the path from the response's root without it, as in \"{4}\"",
        DiagnosticSeverity.Warning,
        "The dynamic extensions point into the called operation's response with paths such as value-collection and itemValuePath; the OpenAPI extensions documentation writes them from the response's root without a leading '/' (\"value\", \"properties/name\").",
        mode: AnalysisMode.Recommended);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerExtensionAction(Analyze, DynamicExtensions.OwnerKinds);

    private static void Analyze(SwaggerMemberContext context)
    {
        if (!DynamicExtensions.TryGet(context.Member, out var paths) || context.Member.Value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var member in paths)
        {
            if (context.Member.Value.TryGetProperty(member, out var path) && path.ValueKind == JsonValueKind.String && path.GetString() is ['/', .. var rest] written)
            {
                context.Element.TryGetProperty(member, out var located);
                context.Report(Rule, located.Location, context.Member.Name, ExtensionNames.DescribeOwner(context), member, written, rest.TrimStart('/'));
            }
        }
    }
}
