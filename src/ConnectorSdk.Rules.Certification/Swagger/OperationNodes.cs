using System.Text;
using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// Reading an operation object where the engine's walk meets it (a node action on <see cref="SwaggerNodeKind.Operation"/>),
/// and naming operations in messages the same way in every rule.
/// </summary>
internal static class OperationNodes
{
    /// <summary>
    /// How a message names the operation the walk is at (a node action's path, or a member action's on an operation):
    /// <c>'ListItems'</c> by its string operationId, else <c>GET /items</c>. An operation is reached through
    /// <c>paths</c>, its path template, then its method.
    /// </summary>
    public static string Describe(JsonPath path)
        => path.Current.ValueKind == JsonValueKind.Object && path.Current.TryGetProperty("operationId"u8, out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } name
            ? $"'{name}'"
            : $"{path.Name(path.Depth - 1)!.ToUpperInvariant()} {path.Name(path.Depth - 2)}";

    /// <summary>The same name for an operation of the resolved view.</summary>
    public static string Describe(SwaggerOperation operation)
        => operation.OperationId is { Length: > 0 } name ? $"'{name}'" : operation.ToString();

    /// <summary>
    /// The operation's member <paramref name="name"/> when it is a string, read in place. False when it is missing or of
    /// another JSON type (PPC1002 reports the type).
    /// </summary>
    public static bool TryGetString(SwaggerNodeContext context, ReadOnlySpan<byte> name, out string text)
    {
        if (context.Value.ValueKind == JsonValueKind.Object && context.Value.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            text = value.GetString()!;
            return true;
        }

        text = null!;
        return false;
    }

    /// <summary>
    /// The operation's member <paramref name="name"/> when it is a string, as decoded UTF-8 read in place: no string is
    /// made for the many operations a rule finds nothing in.
    /// </summary>
    public static bool TryGetUtf8(SwaggerNodeContext context, ReadOnlySpan<byte> name, out ReadOnlySpan<byte> text)
    {
        if (context.Value.ValueKind == JsonValueKind.Object && context.Value.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            text = Utf8Text.String(value);
            return true;
        }

        text = default;
        return false;
    }

    /// <summary>The length of UTF-8 text in UTF-16 code units, as <see cref="string.Length"/> counts it.</summary>
    public static int Utf16Length(ReadOnlySpan<byte> text) => Ascii.IsValid(text) ? text.Length : Encoding.UTF8.GetCharCount(text);

    /// <summary>Whether UTF-8 text is empty or white space only, as <see cref="string.IsNullOrWhiteSpace"/> says.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> text)
    {
        var visible = text.IndexOfAnyExcept(" \t\r\n"u8);
        return visible < 0 || (text[visible] >= 0x80 && string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(text)));
    }

    /// <summary>Where the operation's member <paramref name="name"/> is (its value), to report it; the pointer is made only here.</summary>
    public static Location Locate(SwaggerNodeContext context, string name)
        => context.Node.TryGetProperty(name, out var located) ? located.Location : context.Node.NameLocation;

    /// <summary>
    /// For the rules that require a text member (summary, description): reports <paramref name="missing"/> on the verb
    /// when the member is absent and <paramref name="blank"/> on the value when it is an empty or blank string; both take
    /// the operation's name. A value of another JSON type is PPC1002's. Internal operations are left out: the designers
    /// never show them, and certified connectors of the corpus have them without these texts (docs/design.md).
    /// </summary>
    public static void RequireText(SwaggerNodeContext context, string name, DiagnosticDescriptor missing, DiagnosticDescriptor blank)
    {
        if (context.Value.ValueKind != JsonValueKind.Object || Visibility.IsInternal(context.Value))
        {
            return;
        }

        if (!context.Value.TryGetProperty(name, out var value))
        {
            context.Report(missing, context.Node.NameLocation, Describe(context.Path));
        }
        else if (value.ValueKind == JsonValueKind.String && IsBlank(Utf8Text.String(value)))
        {
            context.Report(blank, Locate(context, name), Describe(context.Path));
        }
    }
}
