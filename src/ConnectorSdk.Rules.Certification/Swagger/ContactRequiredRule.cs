using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1039: <c>info.contact</c> gives the support team's name, url and email.</summary>
public sealed class ContactRequiredRule : ConnectorAnalyzer
{
    private static readonly string[] Members = ["name", "url", "email"];

    /// <summary>{0}: what is missing.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ContactMissing,
        "The connector must give a support contact with name, url and email",
        "{0}; certification requires 'info.contact' with the support team's 'name', 'url' and 'email'",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.Certification,
        "Certification requires a support contact in info.contact: the support team's name, a support URL and a support email address (\"The 'contact' property is required.\").");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (!ConnectorInfo.TryGetInfo(context.Swagger.Root, out var info))
        {
            return;
        }

        if (!info.TryGetProperty(ConnectorInfo.Contact, out var contact))
        {
            context.Report(Rule, info.NameLocation, "'info' has no 'contact'");
            return;
        }

        if (contact.Kind != JsonValueKind.Object)
        {
            context.Report(Rule, contact.Location, $"'info.contact' is {JsonKindNames.Describe(contact.Kind)}, not an object");
            return;
        }

        foreach (var name in Members)
        {
            if (!contact.TryGetProperty(name, out var member))
            {
                context.Report(Rule, contact.NameLocation, $"'info.contact' has no '{name}'");
            }
            else if (member.Kind != JsonValueKind.String)
            {
                context.Report(Rule, member.Location, $"'info.contact.{name}' is {JsonKindNames.Describe(member.Kind)}, not a string");
            }
            else if (string.IsNullOrWhiteSpace(member.Value.GetString()))
            {
                context.Report(Rule, member.Location, $"'info.contact.{name}' is blank");
            }
        }
    }
}
