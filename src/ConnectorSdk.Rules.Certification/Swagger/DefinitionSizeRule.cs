using System.Runtime.InteropServices;
using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1003: apiDefinition.swagger.json is smaller than 1 MB (1,048,576 bytes), as stored. The message gives the size
/// without the whitespace between tokens, since removing the indentation is often enough.
/// </summary>
internal sealed class DefinitionSizeRule : ConnectorAnalyzer
{
    private static readonly string Limit = FormattableString.Invariant($"the platform accepts a definition of less than {SwaggerLimits.MaxDefinitionMegabytes} MB ({SwaggerLimits.MaxDefinitionBytes:N0} bytes)");

    /// <summary>{0}: the file name; {1}: its length in bytes; {2}: its length without whitespace between tokens.</summary>
    public static readonly DiagnosticDescriptor Rule = Create($"{{0}} is {{1:N0}} bytes, {{2:N0}} without whitespace; {Limit}: remove unused definitions or split the API into several connectors");

    /// <summary>{0}: the file name; {1}: its length in bytes; {2}: its length without whitespace between tokens, under the limit.</summary>
    public static readonly DiagnosticDescriptor WhitespaceTooLarge = Create($"{{0}} is {{1:N0}} bytes; {Limit}: without the whitespace between its tokens (indentation, line breaks) it is {{2:N0}} bytes, so removing that is enough");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule, WhitespaceTooLarge];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (context.Connector.GetFileLength(ConnectorFileKind.ApiDefinition) is { } length && length >= SwaggerLimits.MaxDefinitionBytes)
        {
            var file = context.Swagger.Root.File;
            var minified = MinifiedLength(context.Swagger.Root.Value);
            context.Report(minified < SwaggerLimits.MaxDefinitionBytes ? WhitespaceTooLarge : Rule, Location.InFile(file.Path), Path.GetFileName(file.Path), length, minified);
        }
    }

    /// <summary>The length in bytes of the JSON text without the whitespace between its tokens (strings kept as written).</summary>
    private static long MinifiedLength(JsonElement root)
    {
        var text = JsonMarshal.GetRawUtf8Value(root);
        long length = 0;
        bool inString = false, escaped = false;
        foreach (var b in text)
        {
            if (inString)
            {
                inString = escaped || b != (byte)'"';
                escaped = !escaped && b == (byte)'\\';
            }
            else if (b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
            {
                continue;
            }
            else
            {
                inString = b == (byte)'"';
            }

            length++;
        }

        return length;
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(
            RuleIds.DefinitionTooLarge,
            $"The definition must be smaller than {SwaggerLimits.MaxDefinitionMegabytes} MB",
            messageFormat,
            DiagnosticSeverity.Error,
            FormattableString.Invariant($"The platform refuses an API definition file of {SwaggerLimits.MaxDefinitionMegabytes} MB ({SwaggerLimits.MaxDefinitionBytes:N0} bytes) or more; certification asks for large APIs to be split into several connectors. Indentation counts: a definition that is larger only because of it fits once the whitespace is removed."));
}
