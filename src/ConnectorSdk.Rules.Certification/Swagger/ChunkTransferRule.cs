using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1160: an operation's <c>x-ms-capabilities</c> is an object, and its <c>chunkTransfer</c> a boolean.</summary>
public sealed class ChunkTransferRule : ConnectorAnalyzer
{
    private const string ExtensionName = "x-ms-capabilities";

    private const string Title = "An operation's x-ms-capabilities must be an object with a boolean chunkTransfer";

    private const string Description = $"On an operation, {ExtensionName} says what the platform may do when it calls it: \"chunkTransfer\": true lets it send or receive large content in chunks. The extensions documentation defines it as an object whose chunkTransfer is a boolean; a value of another type is not read.";

    /// <summary>{0}: the operation; {1}: the value's JSON type. At the value.</summary>
    public static readonly DiagnosticDescriptor NotObject = Create($"The {ExtensionName} of operation {{0}} is {{1}}; expected an object such as {{{{ \"chunkTransfer\": true }}}}");

    /// <summary>{0}: the operation; {1}: the value as JSON. At the value.</summary>
    public static readonly DiagnosticDescriptor NotBoolean = Create($"The {ExtensionName}.chunkTransfer of operation {{0}} is {{1}}; expected true or false");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NotObject, NotBoolean];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerExtensionAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerMemberContext context)
    {
        if (!context.Member.NameEquals(ExtensionName))
        {
            return;
        }

        var capabilities = context.Member.Value;
        if (capabilities.ValueKind != JsonValueKind.Object)
        {
            context.Report(NotObject, context.Element.Location, OperationNodes.Describe(context.Path), JsonKindNames.Describe(capabilities.ValueKind));
        }
        else if (capabilities.TryGetProperty("chunkTransfer"u8, out var chunked) && chunked.ValueKind is not (JsonValueKind.True or JsonValueKind.False)
            && context.Element.TryGetProperty("chunkTransfer"u8, out var located))
        {
            context.Report(NotBoolean, located.Location, OperationNodes.Describe(context.Path), JsonValueText.Show(located));
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ChunkTransferNotValid, Title, messageFormat, DiagnosticSeverity.Error, Description);
}
