using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1103: a parameter's x-ms-url-encoding is "single" or "double", and a query parameter sets none.</summary>
public sealed class UrlEncodingRule : ConnectorAnalyzer
{
    public const string ExtensionName = "x-ms-url-encoding";

    /// <summary>The value that encodes once, what leaving the extension out means.</summary>
    public const string Single = "single";

    /// <summary>The documented values (the platform reads them in any letter case).</summary>
    public static readonly IReadOnlyList<string> Values = [Single, "double"];

    private const string Title = $"x-ms-url-encoding must be \"single\" or \"double\", and not on query parameters";

    private const string Description = $"{ExtensionName} says how often the platform encodes a path parameter's value in the URL: \"single\" (the default) or \"double\"; the validator accepts no other value. Query parameters are always encoded once, and the validator rejects the extension on them (QueryParameterEncodingNotSupported).";

    /// <summary>{0}: the parameter; {1}: the value as JSON. Reported at the value.</summary>
    public static readonly DiagnosticDescriptor UnknownValue = Create($"Parameter {{0}} has {ExtensionName} {{1}}; expected \"single\" or \"double\" (leaving it out means \"single\")");

    /// <summary>{0}: the parameter. Reported at the extension's name.</summary>
    public static readonly DiagnosticDescriptor OnQuery = Create($"Query parameter {{0}} sets {ExtensionName}; the platform encodes every query parameter once itself: remove it");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [UnknownValue, OnQuery];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerExtensionAction(Analyze, SwaggerNodeKind.Parameter);

    /// <summary>Whether <paramref name="value"/> is a documented encoding, in any letter case.</summary>
    public static bool IsKnown(JsonElement value)
        => value.ValueKind == JsonValueKind.String && Values.Contains(value.GetString()!, StringComparer.OrdinalIgnoreCase);

    private static void Analyze(SwaggerMemberContext context)
    {
        if (!context.Member.NameEquals(ExtensionName))
        {
            return;
        }

        var parameter = context.Path.Current;
        if (!IsKnown(context.Member.Value))
        {
            var value = context.Element;
            context.Report(UnknownValue, value.Location, Parameters.Describe(parameter), JsonValueText.Show(value));
        }

        if (Parameters.GetString(parameter, "in"u8) == "query")
        {
            context.Report(OnQuery, context.Element.NameLocation, Parameters.Describe(parameter));
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.UrlEncodingNotValid, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "QueryParameterEncodingNotSupported");
}
