using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1039: <c>info.contact</c> is there, an object. The members it should give are PPC1049's finding: the validator
/// demands the contact ("The 'contact' property is required."), and accepted connectors lack one of its members.
/// Microsoft's own connectors are not held to it.
/// </summary>
internal sealed class ContactRequiredRule : ConnectorAnalyzer
{
    private const string Title = "The connector must give a support contact";

    private const string Description = "Certification requires a support contact in info.contact (\"The 'contact' property is required.\"), with the support team's name, a support URL and a support email address. Microsoft's own connectors are not held to it.";

    private const string Advice = "certification requires 'info.contact' with the support team's 'name', 'url' and 'email'";

    /// <summary>Reported on <c>info</c>'s name.</summary>
    public static readonly DiagnosticDescriptor Missing = Create($"'info' has no 'contact'; {Advice}");

    /// <summary>{0}: the contact's JSON type.</summary>
    public static readonly DiagnosticDescriptor NotObject = Create($"'info.contact' is {{0}}, not an object; {Advice}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Missing, NotObject];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (context.Connector.IsMicrosoftPublished || !ConnectorInfo.TryGetInfo(context.Swagger.Root, out var info))
        {
            return;
        }

        if (!info.TryGetProperty(ConnectorInfo.Contact, out var contact))
        {
            context.Report(Missing, info.NameLocation);
        }
        else if (contact.Kind != JsonValueKind.Object)
        {
            context.Report(NotObject, contact.Location, JsonKindNames.Describe(contact.Kind));
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ContactMissing, Title, messageFormat, DiagnosticSeverity.Error, Description, ConnectorKinds.Certification);
}
