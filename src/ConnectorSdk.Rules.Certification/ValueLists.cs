using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification;

/// <summary>
/// The value lists of this pack, each in exactly one place, and the configuration keys that replace
/// the word lists (<c>.editorconfig</c>/<c>.globalconfig</c>, comma-separated).
/// </summary>
internal static class ValueLists
{
    /// <summary>The connector categories certification accepts (rules.md §10.1; the validator's InvalidConnectorCategory list).</summary>
    public static readonly IReadOnlyList<string> Categories =
    [
        "AI", "Business Management", "Business Intelligence", "Collaboration", "Commerce", "Communication",
        "Content and Files", "Finance", "Data", "Human Resources", "Internet of Things", "IT Operations",
        "Lifestyle and Entertainment", "Marketing", "Productivity", "Sales and CRM", "Security", "Social Media",
        "Website",
    ];

    /// <summary>The most categories a connector may declare.</summary>
    public const int MaxCategories = 2;

    /// <summary>Generic words a connector title must not contain (besides product names).</summary>
    public static readonly IReadOnlyList<string> TitleRestrictedWords = ["API", "Connector"];

    /// <summary>The one generic word that is checked for every kind of connector (the style guide's "no API in the title").</summary>
    public const string ApiWord = "API";

    /// <summary>Microsoft product names (Power Platform's, and Logic Apps) a title or description must not contain.</summary>
    public static readonly IReadOnlyList<string> ProductNames =
    [
        "Power Apps", "PowerApps", "Power Automate", "Microsoft Flow", "Power BI", "Power Pages", "Power Platform",
        "Power Virtual Agents", "Copilot Studio", "Dataverse", "Logic Apps",
    ];

    /// <summary>The product names the validator's own message lists ("power apps, power automate, logic apps"): an error in a description (PPC1038).</summary>
    public static readonly IReadOnlyList<string> ValidatorProductNames = ["Power Apps", "Power Automate", "Logic Apps"];

    /// <summary>Replaces <see cref="TitleRestrictedWords"/>.</summary>
    public const string TitleRestrictedWordsKey = "connectorsdk.title_restricted_words";

    /// <summary>Replaces <see cref="ProductNames"/> (for titles, and the descriptions' other product names).</summary>
    public const string ProductNamesKey = "connectorsdk.restricted_product_names";

    /// <summary>The configured list for <paramref name="file"/>, else the default; an empty value means no words.</summary>
    public static IReadOnlyList<string> Read(ConnectorContext context, ConnectorFile file, string key, IReadOnlyList<string> defaults)
        => context.Options.TryGetValue(file, key, out var value)
            ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : defaults;

    /// <summary>The words of <paramref name="words"/> that <paramref name="text"/> contains as whole words, ignoring case, in list order.</summary>
    public static List<string> FindWholeWords(string text, IEnumerable<string> words)
    {
        var found = new List<string>();
        foreach (var word in words)
        {
            if (WholeWordPatterns.GetOrAdd(word, CreateWholeWordPattern).IsMatch(text))
            {
                found.Add(word);
            }
        }

        return found;
    }

    /// <summary>One pattern per word, built once: the lists are short and shared by every connector of a run.</summary>
    private static readonly ConcurrentDictionary<string, Regex> WholeWordPatterns = new(StringComparer.Ordinal);

    /// <summary>Whole words: "API" in "Contoso API" but not in "APIs" or "Rapid"; a space inside a name matches any run of white space.</summary>
    private static Regex CreateWholeWordPattern(string word)
        => new(
            @"(?<![\p{L}\p{N}])" + Regex.Escape(word).Replace(@"\ ", @"\s+", StringComparison.Ordinal) + @"(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));

    /// <summary>Words for a message: 'A', 'B' and 'C'.</summary>
    public static string Quote(IReadOnlyList<string> words)
        => words.Count switch
        {
            0 => "",
            1 => $"'{words[0]}'",
            _ => string.Join(", ", words.Take(words.Count - 1).Select(w => $"'{w}'")) + $" and '{words[^1]}'",
        };

    /// <summary>Characters an operation summary may hold besides letters, digits, spaces and parentheses (PPC1059).</summary>
    public static readonly IReadOnlyList<string> SummaryAllowedCharacters = ["'"];

    /// <summary>Replaces <see cref="SummaryAllowedCharacters"/> (every character of every entry is allowed; a comma cannot be listed).</summary>
    public const string SummaryAllowedCharactersKey = "connectorsdk.summary_allowed_characters";

    /// <summary>
    /// Mixed-case names that keep their capitals in operation texts (PPC1061, PPC1068), besides the connector title's
    /// words: Microsoft's and other common products that connectors name.
    /// </summary>
    public static readonly IReadOnlyList<string> ProperNouns =
    [
        "Microsoft", "Azure", "Office", "Teams", "SharePoint", "OneDrive", "OneNote", "Outlook", "Excel", "Word", "PowerPoint",
        "Dataverse", "Dynamics", "Copilot", "Google", "Gmail", "Slack", "Salesforce", "GitHub", "LinkedIn", "YouTube", "iPhone",
        "JavaScript", "PowerShell", "OAuth", "OpenAI", "ChatGPT", "WhatsApp", "DocuSign", "PayPal", "HubSpot", "QuickBooks",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Replaces <see cref="ProperNouns"/>.</summary>
    public const string ProperNounsKey = "connectorsdk.proper_nouns";

    /// <summary>The URL schemes a connector may declare in <c>schemes</c> (PPC1011).</summary>
    public static readonly IReadOnlyList<string> Schemes = ["http", "https"];

    /// <summary>Host labels that name an environment other than production (PPC1012).</summary>
    public static readonly IReadOnlyList<string> NonProductionHostWords = ["dev", "test", "staging", "stage", "sandbox", "uat", "qa", "localhost"];

    /// <summary>Replaces <see cref="NonProductionHostWords"/>.</summary>
    public const string NonProductionHostWordsKey = "connectorsdk.nonproduction_host_words";

    /// <summary>JSON-schema keywords the platform's validator reports as not supported (PPC1020).</summary>
    public static readonly IReadOnlyList<string> UnsupportedKeywords = ["uniqueItems"];

    /// <summary>Replaces <see cref="UnsupportedKeywords"/>.</summary>
    public const string UnsupportedKeywordsKey = "connectorsdk.unsupported_keywords";

    /// <summary>Parameter names the platform reserves (PPC1095): the validator publishes only connectionId.</summary>
    public static readonly IReadOnlyList<string> ReservedParameterNames = ["connectionId"];

    /// <summary>Replaces <see cref="ReservedParameterNames"/>.</summary>
    public const string ReservedParameterNamesKey = "connectorsdk.reserved_parameter_names";

    /// <summary>The collectionFormat values OpenAPI 2.0 defines (PPC1101); the validator does not publish the ones it supports.</summary>
    public static readonly IReadOnlyList<string> CollectionFormats = ["csv", "ssv", "tsv", "pipes", "multi"];

    /// <summary>Replaces <see cref="CollectionFormats"/>.</summary>
    public const string CollectionFormatsKey = "connectorsdk.collection_formats";

    /// <summary>
    /// The type/format pairs the platform recognizes (PPC1115): OpenAPI 2.0's, and the Power Platform formats of the official
    /// apiDefinition schema (date-no-tz, email, html, uri, uuid).
    /// </summary>
    public static readonly IReadOnlyList<string> TypeFormats =
    [
        "integer/int32", "integer/int64", "number/float", "number/double", "string/byte", "string/binary", "string/date",
        "string/date-time", "string/password", "string/date-no-tz", "string/email", "string/html", "string/uri", "string/uuid",
    ];

    /// <summary>Replaces <see cref="TypeFormats"/> (each entry "type/format").</summary>
    public const string TypeFormatsKey = "connectorsdk.type_formats";

    /// <summary>Response descriptions that say nothing (PPC1138): what editors fill in; the status code itself and a blank text are reported too.</summary>
    public static readonly IReadOnlyList<string> PlaceholderResponseDescriptions = ["default", "response"];

    /// <summary>Replaces <see cref="PlaceholderResponseDescriptions"/>.</summary>
    public const string PlaceholderResponseDescriptionsKey = "connectorsdk.placeholder_response_descriptions";

    /// <summary>
    /// The extensions the platform accepts that the OpenAPI extensions page does not describe (rules.md PPC1173), with
    /// the JSON type each takes (a boolean written True), which is all PPC1173 checks of them. Before <see cref="KnownExtensions"/>, which lists them.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, JsonValueKind> UndocumentedExtensionTypes = new Dictionary<string, JsonValueKind>(StringComparer.Ordinal)
    {
        ["x-ms-no-generic-test"] = JsonValueKind.True,
        ["x-ms-safe-operation"] = JsonValueKind.True,
        ["x-ms-require-user-confirmation"] = JsonValueKind.True,
        ["x-ms-editor"] = JsonValueKind.String,
        ["x-ms-editor-options"] = JsonValueKind.Object,
        ["x-ms-enum-values"] = JsonValueKind.Array,
        ["x-ms-keywords"] = JsonValueKind.Array,
        ["x-ms-dynamic-tree"] = JsonValueKind.Object,
        ["x-ms-pageable"] = JsonValueKind.Object,
        ["x-ms-notification"] = JsonValueKind.Object,
        ["x-ms-trigger-metadata"] = JsonValueKind.Object,
        ["x-ms-openai-data"] = JsonValueKind.Object,
    };

    /// <summary>
    /// The <c>x-ms-*</c> extensions the platform or Microsoft's tools read (PPC1172, PPC1173): the OpenAPI extensions page's
    /// (rules.md §10.3), the ones the validator and the certification pages accept without that page describing them, and
    /// every other one the connectors of microsoft/PowerPlatformConnectors write (AutoRest's, Microsoft Graph's, ...).
    /// </summary>
    public static readonly IReadOnlyList<string> KnownExtensions =
    [
        "x-ms-summary", "x-ms-visibility", "x-ms-api-annotation", "x-ms-operation-context", "x-ms-capabilities", "x-ms-trigger",
        "x-ms-trigger-hint", "x-ms-notification-content", "x-ms-notification-url", "x-ms-url-encoding", "x-ms-dynamic-values",
        "x-ms-dynamic-list", "x-ms-dynamic-schema", "x-ms-dynamic-properties", "x-ms-connector-metadata",
        .. UndocumentedExtensionTypes.Keys,
        "x-ms-test-value", "x-ms-openai-manifest", "x-ms-openai-published-to-copilots", "x-ms-deployment-version",
        "x-ms-media-kind", "x-ms-parameter-location", "x-ms-trigger-value", "x-ms-docs", "x-ms-description", "x-ms-tooltip",
        "x-ms-primary-error-message", "x-ms-enum", "x-ms-client-name", "x-ms-discriminator-value", "x-ms-mutability",
        "x-ms-identifiers", "x-ms-secret", "x-ms-long-running-operation", "x-ms-long-running-operation-options",
        "x-ms-parameterized-host", "x-ms-skip-url-encoding", "x-ms-azure-resource", "x-ms-examples", "x-ms-navigationProperty",
        "x-ms-docs-operation-type", "x-ms-client-flatten",
    ];

    /// <summary>Replaces <see cref="KnownExtensions"/>.</summary>
    public const string KnownExtensionsKey = "connectorsdk.known_extensions";

    /// <summary>The conventional order of the swagger's top-level sections; names in one step share a rank (PPC1021).</summary>
    public static readonly IReadOnlyList<string[]> SwaggerSectionOrder =
    [
        ["swagger"], ["info"], ["host", "basePath", "schemes"], ["consumes", "produces"], ["paths"], ["definitions"], ["parameters"],
    ];

    /// <summary>The placeholder sentences of Microsoft's apiProperties templates for publisher and stackOwner (PPC2025).</summary>
    public static readonly IReadOnlyList<string> PublisherPlaceholders =
    [
        "Name of company or organization.", "Name of the owner of the service or product.",
        "Full name or name of company or organization.", "Name of company or organization that connector is connecting to.",
    ];

    /// <summary>Replaces <see cref="PublisherPlaceholders"/>.</summary>
    public const string PublisherPlaceholdersKey = "connectorsdk.publisher_placeholders";

    /// <summary>The connection parameter types of the official apiProperties schema (PPC2008).</summary>
    public static readonly IReadOnlyList<string> ConnectionParameterTypes = ["string", "securestring", "int", "bool", "gatewaySetting", "oauthSetting"];

    /// <summary>
    /// The OAuth identity providers (PPC2009): the official schema's, the specific providers the custom connector wizard offers,
    /// and DocuSign, which certified connectors use. Compared ignoring case.
    /// </summary>
    public static readonly IReadOnlyList<string> IdentityProviders =
        ["oauth2", "oauth2generic", "aad", "aadcertificate", "facebook", "github", "google", "dropbox", "salesforce", "docusign"];

    /// <summary>Replaces <see cref="IdentityProviders"/>.</summary>
    public const string IdentityProvidersKey = "connectorsdk.identity_providers";

    /// <summary>
    /// The customParameters each identity provider needs (PPC2011), by provider ignoring case: generic OAuth 2's endpoints, and
    /// Azure AD's sign-in and resource. oauth2generic writes its endpoints as templates of its own and has none required.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> RequiredCustomParameters = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["oauth2"] = ["authorizationUrl", "tokenUrl", "refreshUrl"],
        ["aad"] = ["loginUri", "resourceUri", "tenantId"],
        ["aadcertificate"] = ["resourceUri"],
    };

    /// <summary>
    /// The policy templates (PPC2017, PPC2026, PPC2027), by canonical templateId, with the parameters each requires (rules.md
    /// §10.2: the official schema's required lists, and setheader's policy section from its page). The last three are only
    /// observed in accepted connectors; what they require is not documented.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> PolicyTemplates = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["setheader"] = ["x-ms-apimTemplateParameter.name", "x-ms-apimTemplateParameter.value", "x-ms-apimTemplate-policySection"],
        ["dynamichosturl"] = ["x-ms-apimTemplateParameter.urlTemplate"],
        ["routerequesttoendpoint"] = ["x-ms-apimTemplateParameter.newPath"],
        ["setqueryparameter"] = ["x-ms-apimTemplateParameter.name", "x-ms-apimTemplateParameter.value"],
        ["setproperty"] = ["x-ms-apimTemplateParameter.newPropertyParentPathTemplate", "x-ms-apimTemplateParameter.newPropertySubPathTemplate", "x-ms-apimTemplateParameter.propertyValuePathTemplate"],
        ["pollingtrigger"] = ["x-ms-apimTemplateParameter.triggerConfig", "x-ms-apimTemplateParameter.triggerDataPath"],
        ["stringreplace"] = ["x-ms-apimTemplateParameter.propertyParentPath", "x-ms-apimTemplateParameter.sourceString", "x-ms-apimTemplateParameter.replacementString", "x-ms-apimTemplateParameter.newPropertyPath"],
        ["convertobjecttoarray"] = ["x-ms-apimTemplateParameter.propertyParentPath", "x-ms-apimTemplateParameter.newPropertyPath"],
        ["convertarraytoobject"] = ["x-ms-apimTemplateParameter.propertyParentPath", "x-ms-apimTemplateParameter.keyWithinCollectionPath", "x-ms-apimTemplateParameter.newPropertyPath"],
        ["updatenextlink"] = ["x-ms-apimTemplateParameter.nextLinkPropertyName"],
        ["setvaluefromurl"] = ["x-ms-apimTemplateParameter.parameterTemplate", "x-ms-apimTemplateParameter.parameterValueUrl", "x-ms-apimTemplateParameter.parameterValuePathTemplate"],
        ["stringtoarray"] = ["x-ms-apimTemplateParameter.propertyParentPath", "x-ms-apimTemplateParameter.delimiterList", "x-ms-apimTemplateParameter.childPropertyName", "x-ms-apimTemplateParameter.newPropertyPath"],
        ["encodepropertyvalue"] = ["x-ms-apimTemplateParameter.propertyParentPath", "x-ms-apimTemplateParameter.newPropertyPath"],
        ["setconnectionstatustounauthenticated"] = [],
        ["moveproperties"] = [],
        ["dynamicsubdomain"] = [],
    };

    /// <summary>The values a policy template parameter may take (PPC2019), by parameter name, compared ignoring case.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> PolicyParameterValues = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["x-ms-apimTemplate-policySection"] = ["Request", "Response", "Failure"],
        ["x-ms-apimTemplateParameter.existsAction"] = ["override", "skip", "append"],
        ["x-ms-apimTemplateParameter.httpMethod"] = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "@Request.OriginalHTTPMethod"],
    };
}
