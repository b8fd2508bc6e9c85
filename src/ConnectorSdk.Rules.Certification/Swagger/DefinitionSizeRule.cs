using System.Globalization;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1003: apiDefinition.swagger.json is smaller than 1 MB (1,048,576 bytes), as stored.</summary>
public sealed class DefinitionSizeRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.DefinitionTooLarge,
        title: "The definition must be smaller than 1 MB",
        messageFormat: "{0} is {1} bytes; the platform accepts a definition of less than 1 MB ({2} bytes): remove unused definitions or split the API into several connectors",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "The platform refuses an API definition file of 1 MB (1,048,576 bytes) or more; certification asks for large APIs to be split into several connectors.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (context.Connector.GetFileLength(ConnectorFileKind.ApiDefinition) is { } length && length >= SwaggerLimits.MaxDefinitionBytes)
        {
            var file = context.Swagger.Root.File;
            context.Report(Rule, Location.InFile(file.Path), Path.GetFileName(file.Path), length.ToString("N0", CultureInfo.InvariantCulture), SwaggerLimits.MaxDefinitionBytes.ToString("N0", CultureInfo.InvariantCulture));
        }
    }
}
