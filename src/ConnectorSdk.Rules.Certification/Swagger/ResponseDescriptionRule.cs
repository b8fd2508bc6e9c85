using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1138 (a heuristic): a response's description says what the response means. Reported: a blank description, the
/// response's own status code, and the placeholders editors fill in (<c>default</c>, configurable), ignoring case and a
/// final period. Checked where the response is written, once for a shared one.
/// </summary>
public sealed class ResponseDescriptionRule : ConnectorAnalyzer
{
    /// <summary>The .editorconfig key that replaces the placeholders (comma-separated).</summary>
    public const string PlaceholdersKey = ValueLists.PlaceholderResponseDescriptionsKey;

    /// <summary>{0}: the response; {1}: its description. Reported at the description.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ResponseDescriptionPlaceholder,
        "Response descriptions should say what the response means",
        "The description of {0} is \"{1}\", which says nothing about the response; describe it, e.g. \"OK\", \"Item created\" or \"Item not found\"",
        DiagnosticSeverity.Warning,
        $"Certification reviewers ask for meaningful response descriptions (OK, Created, Bad Request) rather than the 'default' that editors fill in; the designers and the documentation show them. A heuristic: a blank description, the status code itself and the words of {PlaceholdersKey} are reported. Microsoft's own connectors are not held to it.",
        ConnectorKinds.Certification,
        AnalysisMode.Recommended);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterConnectorStartAction(start =>
    {
        var placeholders = new ConfiguredList(PlaceholdersKey, ValueLists.PlaceholderResponseDescriptions);
        start.RegisterSwaggerNodeAction(node => Analyze(node, placeholders), SwaggerNodeKind.Response);
    });

    private static void Analyze(SwaggerNodeContext context, ConfiguredList placeholders)
    {
        // A certification submission rule: Microsoft's own connectors are not held to it.
        if (context.Connector.IsMicrosoftPublished
            || context.Value.ValueKind != JsonValueKind.Object
            || !context.Value.TryGetProperty("description"u8, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var description = value.GetString()!;
        var text = description.Trim().TrimEnd('.');
        if (text.Length == 0 || text == context.Path.Name(context.Path.Depth - 1)
            || placeholders.For(context, context.Swagger.Root.File).Any(word => string.Equals(word, text, StringComparison.OrdinalIgnoreCase)))
        {
            context.Report(Rule, SchemaNodes.Locate(context, "description"), SchemaNodes.Describe(context.Path), description);
        }
    }
}
