using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1049: the contact gives the support team's name, url and email, each a non-blank string. One finding per
/// contact lists what it lacks. A warning: accepted connectors lack a member, while a missing contact is PPC1039's error.
/// </summary>
internal sealed class ContactMembersRule : ConnectorAnalyzer
{
    private static readonly string[] Members = ["name", "url", "email"];

    /// <summary>{0}: the members it lacks ('url' and 'email').</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ContactIncomplete,
        "The support contact should give name, url and email",
        "'info.contact' lacks {0}; give the support team's 'name', 'url' and 'email'",
        DiagnosticSeverity.Warning,
        "The certification steps ask for the support team's name, a support URL and a support email address in info.contact. A member that is missing, blank or not a string is not given. Microsoft's own connectors are not held to it.",
        ConnectorKinds.Certification,
        AnalysisMode.Recommended);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (context.Connector.IsMicrosoftPublished
            || !ConnectorInfo.TryGetInfo(context.Swagger.Root, out var info)
            || !info.TryGetProperty(ConnectorInfo.Contact, out var contact)
            || contact.Kind != JsonValueKind.Object)
        {
            return;
        }

        var lacking = Members.Where(name => string.IsNullOrWhiteSpace(contact.GetString(name))).ToList();
        if (lacking.Count > 0)
        {
            context.Report(Rule, contact.NameLocation, ValueLists.Quote(lacking));
        }
    }
}
