using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1003: apiDefinition.swagger.json is smaller than 1 MB (1,048,576 bytes), as stored.</summary>
public sealed class DefinitionSizeRule : ConnectorAnalyzer
{
    /// <summary>{0}: the file name; {1}: its length in bytes.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.DefinitionTooLarge,
        title: $"The definition must be smaller than {SwaggerLimits.MaxDefinitionMegabytes} MB",
        messageFormat: FormattableString.Invariant($"{{0}} is {{1:N0}} bytes; the platform accepts a definition of less than {SwaggerLimits.MaxDefinitionMegabytes} MB ({SwaggerLimits.MaxDefinitionBytes:N0} bytes): remove unused definitions or split the API into several connectors"),
        DiagnosticSeverity.Error,
        description: FormattableString.Invariant($"The platform refuses an API definition file of {SwaggerLimits.MaxDefinitionMegabytes} MB ({SwaggerLimits.MaxDefinitionBytes:N0} bytes) or more; certification asks for large APIs to be split into several connectors."));

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (context.Connector.GetFileLength(ConnectorFileKind.ApiDefinition) is { } length && length >= SwaggerLimits.MaxDefinitionBytes)
        {
            var file = context.Swagger.Root.File;
            context.Report(Rule, Location.InFile(file.Path), Path.GetFileName(file.Path), length);
        }
    }
}
