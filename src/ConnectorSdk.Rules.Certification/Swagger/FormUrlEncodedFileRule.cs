using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1073: an operation whose request is only <c>application/x-www-form-urlencoded</c> sends no file or binary string
/// as form data: such a form cannot carry them (<c>multipart/form-data</c> can).
/// </summary>
public sealed class FormUrlEncodedFileRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation; {1}: the parameter; {2}: its type ("file", or "string" with format "binary").</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.FormUrlEncodedBinary,
        "URL-encoded forms cannot send files or binary strings",
        $"Operation {{0}} sends the form data parameter '{{1}}' of type {{2}} as {MimeTypes.FormUrlEncoded}; list \"{MimeTypes.Multipart}\" in consumes to send files",
        DiagnosticSeverity.Error,
        $"The validator rejects a file or binary string form data parameter on an operation whose consumes is {MimeTypes.FormUrlEncoded} without {MimeTypes.Multipart} (StringBinaryNotSupportedForFormUrlEncoded): a URL-encoded form carries text only.",
        name: "StringBinaryNotSupportedForFormUrlEncoded");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        var operation = context.Operation;
        if (!operation.Parameters.Any(parameter => parameter.In == "formData")
            || MimeTypes.Consumes(context.Swagger, operation) is not { } consumes
            || MimeTypes.Entries(consumes).Select(entry => entry.Essence).ToArray() is var types && (!types.Contains(MimeTypes.FormUrlEncoded) || types.Contains(MimeTypes.Multipart)))
        {
            return;
        }

        foreach (var parameter in operation.Parameters)
        {
            var type = parameter.Element.GetString("type");
            if (parameter.In == "formData" && (type == "file" || (type == "string" && parameter.Element.GetString("format") == "binary")))
            {
                parameter.Element.TryGetProperty("type", out var located);
                context.Report(Rule, located.Location, OperationNodes.Describe(operation), parameter.Name ?? "(no name)", type == "file" ? "\"file\"" : "\"string\" with format \"binary\"");
            }
        }
    }
}
