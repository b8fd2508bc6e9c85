using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// Naming and locating parameters the same way in every rule: a parameter of the resolved view (an operation's
/// own and its path item's, <c>$ref</c> resolved) or a parameter object the engine's walk meets where it is written.
/// </summary>
internal static class Parameters
{
    public const string Body = "body";

    /// <summary>How a message names a parameter: <c>'top' (in query)</c>.</summary>
    public static string Describe(SwaggerParameter parameter) => Describe(parameter.Name, parameter.In);

    /// <summary>The same name for a parameter object read in place (a node or member action's).</summary>
    public static string Describe(JsonElement parameter) => Describe(GetString(parameter, "name"u8), GetString(parameter, "in"u8));

    /// <summary>Where a finding about the parameter object goes: its <c>name</c> value where it is defined, else the object.</summary>
    public static Location Locate(SourceElement parameter)
        => parameter.TryGetProperty("name"u8, out var name) ? name.Location : parameter.Location;

    /// <summary>Where the operation brings the parameter in: the entry's <c>$ref</c> when it is referenced, else its name where it is defined.</summary>
    public static Location WhereDeclared(SwaggerParameter parameter) => WhereDeclared(parameter.Declaration, parameter.Element);

    /// <summary>The same for an entry of a <c>parameters</c> list and the object it resolves to.</summary>
    public static Location WhereDeclared(SourceElement declaration, SourceElement element)
        => declaration.TryGetProperty("$ref"u8, out var reference) ? reference.Location : Locate(element);

    /// <summary>The parameter's member <paramref name="name"/> when it is a string, read in place.</summary>
    public static string? GetString(JsonElement parameter, ReadOnlySpan<byte> name)
        => parameter.ValueKind == JsonValueKind.Object && parameter.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>
    /// For the rules that require a text member of the parameters users fill in (x-ms-summary, description): reports
    /// <paramref name="missing"/> at the parameter's name when the member is absent and <paramref name="blank"/> at the
    /// value when it is an empty or blank string; both take the parameter's name. Left out, as the calibration of the
    /// test corpus says (docs/design.md): body parameters (the designers show their schema's properties), internal
    /// parameters and the parameters of internal operations (never shown), and references that do not resolve
    /// (PPC1016). A value of another JSON type is PPC1002's.
    /// </summary>
    public static void RequireText(ParameterContext context, string member, DiagnosticDescriptor missing, DiagnosticDescriptor blank)
    {
        var parameter = context.Parameter;
        var element = parameter.Element;
        if (!parameter.IsResolved || element.Kind != JsonValueKind.Object || parameter.In == Body
            || Visibility.IsInternal(element.Value) || Visibility.IsInternal(context.Operation.Element.Value))
        {
            return;
        }

        if (!element.TryGetProperty(member, out var value))
        {
            context.Report(missing, Locate(element), Describe(parameter));
        }
        else if (value.Kind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.Value.GetString()))
        {
            context.Report(blank, value.Location, Describe(parameter));
        }
    }

    private static string Describe(string? name, string? location)
        => (name, location) switch
        {
            (null, null) => "(no name)",
            (null, _) => $"(no name, in {location})",
            (_, null) => $"'{name}'",
            _ => $"'{name}' (in {location})",
        };
}
