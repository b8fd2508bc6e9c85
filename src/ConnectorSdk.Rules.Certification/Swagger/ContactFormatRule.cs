using System.Text.Json;
using System.Text.RegularExpressions;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1040: when given, <c>contact.email</c> is an email address and <c>contact.url</c> an absolute URL.</summary>
public sealed partial class ContactFormatRule : ConnectorAnalyzer
{
    /// <summary>{0}: the member; {1}: its value as JSON; {2}: what is expected.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ContactFormat,
        "The contact's email and url must be well formed",
        "'info.contact.{0}' is {1}; expected {2}",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.All,
        "The validator rejects a contact email that is not a valid ASCII email address (ContactEmailNotValid) and a contact url that is not an absolute URL (UrlNotValid).");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

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
            context.Report(Rule, email.Location, "email", JsonValueText.Show(email), "an email address such as \"support@contoso.com\"");
        }

        if (contact.TryGetProperty("url", out var url) && !IsBlank(url)
            && !(url.Kind == JsonValueKind.String && Urls.IsAbsoluteHttpUrl(url.Value.GetString()!)))
        {
            context.Report(Rule, url.Location, "url", JsonValueText.Show(url), "an absolute http or https URL such as \"https://contoso.com/support\"");
        }
    }

    private static bool IsBlank(SourceElement element)
        => element.Kind == JsonValueKind.Null || (element.Kind == JsonValueKind.String && string.IsNullOrWhiteSpace(element.Value.GetString()));

    /// <summary>ASCII local part and a dotted domain, no spaces.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
