using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1039: <c>info.contact</c> gives the support team's name, url and email.</summary>
public sealed class ContactRequiredRule : ConnectorAnalyzer
{
    private static readonly string[] Members = ["name", "url", "email"];

    private const string Title = "The connector must give a support contact with name, url and email";

    private const string Description = "Certification requires a support contact in info.contact: the support team's name, a support URL and a support email address (\"The 'contact' property is required.\").";

    private const string Advice = "certification requires 'info.contact' with the support team's 'name', 'url' and 'email'";

    /// <summary>{0}: the object ('info', 'info.contact'); {1}: the member it lacks.</summary>
    public static readonly DiagnosticDescriptor Missing = Create($"'{{0}}' has no '{{1}}'; {Advice}");

    /// <summary>{0}: the contact's JSON type.</summary>
    public static readonly DiagnosticDescriptor NotObject = Create($"'info.contact' is {{0}}, not an object; {Advice}");

    /// <summary>{0}: the member ('info.contact.url'); {1}: its JSON type.</summary>
    public static readonly DiagnosticDescriptor NotString = Create($"'{{0}}' is {{1}}, not a string; {Advice}");

    /// <summary>{0}: the member ('info.contact.url').</summary>
    public static readonly DiagnosticDescriptor Blank = Create($"'{{0}}' is blank; {Advice}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Missing, NotObject, NotString, Blank];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (!ConnectorInfo.TryGetInfo(context.Swagger.Root, out var info))
        {
            return;
        }

        if (!info.TryGetProperty(ConnectorInfo.Contact, out var contact))
        {
            context.Report(Missing, info.NameLocation, ConnectorInfo.Info, ConnectorInfo.Contact);
            return;
        }

        if (contact.Kind != JsonValueKind.Object)
        {
            context.Report(NotObject, contact.Location, JsonKindNames.Describe(contact.Kind));
            return;
        }

        foreach (var name in Members)
        {
            if (!contact.TryGetProperty(name, out var member))
            {
                context.Report(Missing, contact.NameLocation, "info.contact", name);
            }
            else if (member.Kind != JsonValueKind.String)
            {
                context.Report(NotString, member.Location, $"info.contact.{name}", JsonKindNames.Describe(member.Kind));
            }
            else if (string.IsNullOrWhiteSpace(member.Value.GetString()))
            {
                context.Report(Blank, member.Location, $"info.contact.{name}");
            }
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ContactMissing, Title, messageFormat, DiagnosticSeverity.Error, Description, ConnectorKinds.Certification);
}
