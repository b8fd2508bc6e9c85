using System.Text.Json;
using System.Text.RegularExpressions;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1040: when given, <c>contact.email</c> is an email address and <c>contact.url</c> an absolute URL.</summary>
internal sealed partial class ContactFormatRule : ConnectorAnalyzer
{
    private const string Title = "The contact's email and url must be well formed";

    private const string Description = "The validator rejects a contact email that is not a valid ASCII email address (ContactEmailNotValid) and a contact url that is not an absolute URL (UrlNotValid).";

    /// <summary>{0}: the email as JSON.</summary>
    public static readonly DiagnosticDescriptor Email = Create("'info.contact.email' is {0}; expected an email address such as \"support@contoso.com\"");

    /// <summary>{0}: the url as JSON.</summary>
    public static readonly DiagnosticDescriptor Url = Create("'info.contact.url' is {0}; expected an absolute http or https URL such as \"https://contoso.com/support\"");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Email, Url];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (!ConnectorInfo.TryGetInfo(context.Swagger.Root, out var info)
            || !info.TryGetProperty(ConnectorInfo.Contact, out var contact))
        {
            return;
        }

        // Blank or missing members are PPC1039's finding.
        if (contact.TryGetProperty("email", out var email) && !IsBlank(email)
            && !(email.Kind == JsonValueKind.String && EmailPattern().IsMatch(email.Value.GetString()!)))
        {
            context.Report(Email, email.Location, JsonValueText.Show(email));
        }

        if (contact.TryGetProperty("url", out var url) && !IsBlank(url)
            && !(url.Kind == JsonValueKind.String && Urls.IsAbsoluteHttpUrl(url.Value.GetString()!)))
        {
            context.Report(Url, url.Location, JsonValueText.Show(url));
        }
    }

    private static bool IsBlank(SourceElement element)
        => element.Kind == JsonValueKind.Null || (element.Kind == JsonValueKind.String && string.IsNullOrWhiteSpace(element.Value.GetString()));

    /// <summary>ASCII local part and a dotted domain, no spaces.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ContactFormat, Title, messageFormat, DiagnosticSeverity.Error, Description);
}
