using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1011: <c>schemes</c>, when present, is a non-empty array of "http" and "https" only.</summary>
internal sealed class SchemesRule : ConnectorAnalyzer
{
    private const string Title = "`schemes` must list only http and https";

    private const string Description = "The swagger's schemes is a non-empty array whose values are 'http' or 'https'; WebSocket schemes (ws, wss) and anything else are rejected by the platform.";

    private const string Name = "SchemeNotValid";

    private static readonly string Supported = $"connectors support only {ValueLists.Quote(ValueLists.Schemes)}";

    /// <summary><c>schemes</c> is an empty array.</summary>
    public static readonly DiagnosticDescriptor Empty = Create($"'schemes' is empty; list at least one scheme, such as [\"https\"]; {Supported}");

    /// <summary>{0}: the scheme; {1}: the supported scheme it means.</summary>
    public static readonly DiagnosticDescriptor WrongCase = Create($"Scheme '{{0}}' must be written in lower case ('{{1}}'); {Supported}");

    /// <summary>{0}: the scheme (ws or wss).</summary>
    public static readonly DiagnosticDescriptor WebSocket = Create($"Scheme '{{0}}' (WebSocket) is not supported; {Supported}");

    /// <summary>{0}: the scheme.</summary>
    public static readonly DiagnosticDescriptor Unsupported = Create($"Scheme '{{0}}' is not supported; {Supported}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Empty, WrongCase, WebSocket, Unsupported];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (!context.Swagger.Root.TryGetProperty("schemes", out var schemes))
        {
            return;
        }

        if (schemes.Kind != JsonValueKind.Array)
        {
            return; // A value of the wrong type is PPC1002's (one defect, one finding).
        }

        if (schemes.Value.GetArrayLength() == 0)
        {
            context.Report(Empty, schemes.Location);
            return;
        }

        foreach (var scheme in schemes.EnumerateItems())
        {
            if (scheme.Kind != JsonValueKind.String)
            {
                continue; // PPC1002's.
            }

            var value = scheme.Value.GetString()!;
            if (ValueLists.Schemes.Contains(value, StringComparer.Ordinal))
            {
                continue;
            }

            var known = ValueLists.Schemes.FirstOrDefault(s => string.Equals(s, value, StringComparison.OrdinalIgnoreCase));
            if (known is not null)
            {
                context.Report(WrongCase, scheme.Location, value, known);
            }
            else
            {
                context.Report(value is "ws" or "wss" ? WebSocket : Unsupported, scheme.Location, value);
            }
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.SchemeNotValid, Title, messageFormat, DiagnosticSeverity.Error, Description, name: Name);
}
