using System.Text.Json;
using System.Text.RegularExpressions;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1009: <c>host</c>, when present, is a bare host name or address with an optional port: no scheme, no path.</summary>
internal sealed partial class HostRule : ConnectorAnalyzer
{
    private const string Title = "`host` must be a bare host name without scheme or path";

    private const string Description = "The swagger's host holds only the host name (and optionally ':port'), such as 'api.contoso.com'; the scheme goes in 'schemes' and any path in 'basePath'.";

    private const string Name = "HostNameNotValid";

    /// <summary>{0}: the host; {1}: its scheme; {2}: its path; {3}: the bare host in it.</summary>
    public static readonly DiagnosticDescriptor SchemeAndPath = Create("Host '{0}' is not a bare host name: move the scheme '{1}' to 'schemes' and move the path '{2}' to 'basePath', and set host to '{3}'");

    /// <summary>{0}: the host; {1}: its scheme; {2}: the bare host in it.</summary>
    public static readonly DiagnosticDescriptor Scheme = Create("Host '{0}' is not a bare host name: move the scheme '{1}' to 'schemes', and set host to '{2}'");

    /// <summary>{0}: the host; {1}: its path; {2}: the bare host in it.</summary>
    public static readonly DiagnosticDescriptor PathInHost = Create("Host '{0}' is not a bare host name: move the path '{1}' to 'basePath', and set host to '{2}'");

    /// <summary>A host with characters no host name has. {0}: the host.</summary>
    public static readonly DiagnosticDescriptor NotBare = Create("Host '{0}' is not a bare host name; host holds only letters, digits, '.' and '-', with an optional ':port', such as 'api.contoso.com'");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [SchemeAndPath, Scheme, PathInHost, NotBare];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (!context.Swagger.Root.TryGetProperty("host", out var host))
        {
            return;
        }

        if (host.Kind != JsonValueKind.String)
        {
            return; // A value of the wrong type is PPC1002's (one defect, one finding).
        }

        var value = host.Value.GetString()!;
        if (BareHost().IsMatch(value))
        {
            return;
        }

        Report(context, host.Location, value);
    }

    /// <summary>What is wrong with a host that is not bare, and what to write instead.</summary>
    private static void Report(SwaggerContext context, Location location, string value)
    {
        var rest = value;
        string? scheme = null;
        var schemeEnd = rest.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0)
        {
            scheme = rest[..schemeEnd];
            rest = rest[(schemeEnd + 3)..];
        }

        string? path = null;
        var pathStart = rest.IndexOf('/');
        if (pathStart >= 0)
        {
            path = rest[pathStart..].TrimEnd('/');
            path = path.Length > 0 ? path : null;
            rest = rest[..pathStart];
        }

        if ((scheme is not null || path is not null) && BareHost().IsMatch(rest))
        {
            if (scheme is not null && path is not null)
            {
                context.Report(SchemeAndPath, location, value, scheme, path, rest);
            }
            else if (scheme is not null)
            {
                context.Report(Scheme, location, value, scheme, rest);
            }
            else
            {
                context.Report(PathInHost, location, value, path, rest);
            }
        }
        else
        {
            context.Report(NotBare, location, value);
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.HostNotValid, Title, messageFormat, DiagnosticSeverity.Error, Description, name: Name);

    [GeneratedRegex(@"^[A-Za-z0-9.-]+(:\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareHost();
}
