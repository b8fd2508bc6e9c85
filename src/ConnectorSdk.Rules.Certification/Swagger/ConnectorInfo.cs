using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// The swagger's <c>info</c> object and its members, read once here for the title, description and
/// contact rules. Every accessor tolerates any JSON shape: a member that is not there or has another
/// type is simply not returned, and the rule that owns it reports it.
/// </summary>
internal static class ConnectorInfo
{
    public const string Info = "info";
    public const string Title = "title";
    public const string Description = "description";
    public const string Contact = "contact";

    /// <summary>The <c>info</c> member of the root when it is an object (anything else is the structure rules' finding).</summary>
    public static bool TryGetInfo(SourceElement root, out SourceElement info)
        => root.TryGetProperty(Info, out info) && info.Kind == JsonValueKind.Object;

    /// <summary>A string member of <c>info</c>: its element and text.</summary>
    public static bool TryGetInfoString(SourceElement root, string name, out SourceElement element, out string text)
    {
        if (TryGetInfo(root, out var info) && info.TryGetProperty(name, out element) && element.Kind == JsonValueKind.String)
        {
            text = element.Value.GetString() ?? "";
            return true;
        }

        element = default;
        text = "";
        return false;
    }

    /// <summary>The title when it is a non-blank string.</summary>
    public static bool TryGetTitle(SourceElement root, out SourceElement element, out string title)
        => TryGetInfoString(root, Title, out element, out title) && !string.IsNullOrWhiteSpace(title);

    /// <summary>The description when it is a non-blank string.</summary>
    public static bool TryGetDescription(SourceElement root, out SourceElement element, out string description)
        => TryGetInfoString(root, Description, out element, out description) && !string.IsNullOrWhiteSpace(description);

    /// <summary>
    /// Reports a required string member of <c>info</c> that is missing, of another type, or blank; true
    /// when it was reported. Nothing when <c>info</c> itself is missing or not an object.
    /// </summary>
    public static bool ReportMissingString(SwaggerContext context, RequiredString rule, string name)
    {
        if (!TryGetInfo(context.Swagger.Root, out var info))
        {
            return false;
        }

        if (!info.TryGetProperty(name, out var element))
        {
            context.Report(rule.Missing, info.NameLocation);
        }
        else if (element.Kind != JsonValueKind.String)
        {
            context.Report(rule.NotString, element.Location, JsonKindNames.Describe(element.Kind));
        }
        else if (string.IsNullOrWhiteSpace(element.Value.GetString()))
        {
            context.Report(rule.Blank, element.Location);
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>A required string member's findings, one message shape each: it is missing, not a string ({0}: its JSON type), or blank.</summary>
    public sealed record RequiredString(DiagnosticDescriptor Missing, DiagnosticDescriptor NotString, DiagnosticDescriptor Blank);
}
