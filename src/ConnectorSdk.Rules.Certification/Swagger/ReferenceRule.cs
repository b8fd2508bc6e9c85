using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1016: every <c>$ref</c> resolves inside the document and points into the section its position
/// needs: a schema under <c>#/definitions/</c>, a parameter under <c>#/parameters/</c>, a response under
/// <c>#/responses/</c>. References to other files or URLs are reported too: the platform cannot follow them.
/// </summary>
/// <remarks>
/// Every <c>$ref</c> member the engine's walk reaches, with the kind of the object holding it, is checked on its UTF-8
/// bytes: a clean document costs no allocation per reference. Strings are made only for a finding, or for the rare
/// reference that needs unescaping.
/// </remarks>
internal sealed class ReferenceRule : ConnectorAnalyzer
{
    private const string Title = "Every `$ref` must resolve to the right section";

    private const string Description = "A $ref must be a JSON pointer into the same document ('#/...') that exists, and a schema, parameter or response reference must point under #/definitions/, #/parameters/ or #/responses/ respectively.";

    /// <summary>{0}: the value as JSON.</summary>
    public static readonly DiagnosticDescriptor NotAString = Create("Reference '{0}' is not a string; a $ref holds a JSON pointer such as '#/definitions/Name'");

    /// <summary>{0}: the reference; {1}: the section it should point into.</summary>
    public static readonly DiagnosticDescriptor Outside = Create("Reference '{0}' points outside this document; the platform follows only references inside the swagger, written like '#/{1}/Name'");

    /// <summary>{0}: the reference; {1}: the section it should point into.</summary>
    public static readonly DiagnosticDescriptor NotAPointer = Create("Reference '{0}' is not a valid JSON pointer: after '#' it must start with '/', as in '#/{1}/Name'");

    /// <summary>{0}: the reference.</summary>
    public static readonly DiagnosticDescriptor BadEscape = Create("Reference '{0}' is not a valid JSON pointer: '~' must be followed by 0 or 1, and '%' by two hex digits");

    /// <summary>{0}: the reference; {1}: the section it must point into; {2}: what it stands for, as the specification names it.</summary>
    public static readonly DiagnosticDescriptor WrongSection = Create("Reference '{0}' must point under '#/{1}/' because it stands for a {2}");

    /// <summary>{0}: the reference; {1}: the section; {2}: what it stands for.</summary>
    public static readonly DiagnosticDescriptor NotAnEntry = Create("Reference '{0}' must name an entry under '#/{1}/' because it stands for a {2}");

    /// <summary>{0}: the reference.</summary>
    public static readonly DiagnosticDescriptor Unresolved = Create("Reference '{0}' does not resolve: nothing in this document is at that pointer");

    /// <summary>{0}: the reference; {1}: the name it most likely means.</summary>
    public static readonly DiagnosticDescriptor UnresolvedTypo = Create("Reference '{0}' does not resolve: nothing in this document is at that pointer; did you mean '{1}'?");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NotAString, Outside, NotAPointer, BadEscape, WrongSection, NotAnEntry, Unresolved, UnresolvedTypo];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerMemberAction(Analyze);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.UnresolvedReference, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "ReferenceNotFound");

    /// <summary>The section a reference written in an object of this kind must point into, or null for any place.</summary>
    private static string? RequiredSection(SwaggerNodeKind kind) => kind switch
    {
        SwaggerNodeKind.Schema or SwaggerNodeKind.Items => "definitions",
        SwaggerNodeKind.Parameter => "parameters",
        SwaggerNodeKind.Response => "responses",
        _ => null,
    };

    private static void Analyze(SwaggerMemberContext context)
    {
        var member = context.Member;
        if (!member.NameEquals("$ref"u8))
        {
            return;
        }

        var value = member.Value;
        if (value.ValueKind != JsonValueKind.String)
        {
            context.Report(NotAString, context.Element.Location, value.GetRawText());
            return;
        }

        Check(context, Utf8Text.String(value));
    }

    /// <summary>Reports what is wrong with the reference, if anything.</summary>
    private static void Check(SwaggerMemberContext context, ReadOnlySpan<byte> reference)
    {
        var section = RequiredSection(context.OwnerKind);
        if (reference.IsEmpty || reference[0] != (byte)'#')
        {
            Report(context, Outside, section ?? "definitions");
            return;
        }

        var fragment = reference[1..];
        if (fragment.Length > 0 && fragment[0] != (byte)'/')
        {
            Report(context, NotAPointer, section ?? "definitions");
            return;
        }

        var tokens = new TokenReader(fragment);
        var target = context.Swagger.Root.Value;
        var depth = 0;
        while (tokens.TryRead(out var token, out var valid))
        {
            if (!valid)
            {
                Report(context, BadEscape);
                return;
            }

            if (depth == 0 && section is not null && !Ascii.Equals(token, section))
            {
                Report(context, WrongSection, section, SwaggerModel.Of(context.OwnerKind).Name);
                return;
            }

            if (!TryStep(ref target, token))
            {
                if (Suggest(target, Encoding.UTF8.GetString(token)) is { } suggestion)
                {
                    Report(context, UnresolvedTypo, suggestion);
                }
                else
                {
                    Report(context, Unresolved);
                }

                return;
            }

            depth++;
        }

        if (section is not null && depth < 2)
        {
            Report(context, NotAnEntry, section, SwaggerModel.Of(context.OwnerKind).Name);
        }
    }

    private static void Report(SwaggerMemberContext context, DiagnosticDescriptor descriptor, params object?[] arguments)
        => context.Report(descriptor, context.Element.Location, [context.Member.Value.GetString(), .. arguments]);

    private static bool TryStep(ref JsonElement target, ReadOnlySpan<byte> token)
    {
        if (target.ValueKind == JsonValueKind.Object)
        {
            if (target.TryGetProperty(token, out var child))
            {
                target = child;
                return true;
            }
        }
        else if (target.ValueKind == JsonValueKind.Array
            && Utf8Parser.TryParse(token, out int index, out var consumed) && consumed == token.Length && index >= 0 && index < target.GetArrayLength()
            && (token.Length == 1 || token[0] != (byte)'0'))
        {
            target = target[index];
            return true;
        }

        return false;
    }

    /// <summary>The member of <paramref name="parent"/> the token most likely means (letter case or a typo), if any.</summary>
    private static string? Suggest(JsonElement parent, string name)
        => parent.ValueKind == JsonValueKind.Object ? Spelling.Closest(name, parent.EnumerateObject().Select(member => member.Name)) : null;

    /// <summary>Reads the tokens of a URI-fragment JSON pointer in UTF-8, unescaping (and allocating) only for tokens that need it.</summary>
    private ref struct TokenReader(ReadOnlySpan<byte> fragment)
    {
        private ReadOnlySpan<byte> _rest = fragment;

        public bool TryRead(out ReadOnlySpan<byte> token, out bool valid)
        {
            valid = true;
            if (_rest.IsEmpty)
            {
                token = default;
                return false;
            }

            _rest = _rest[1..];
            var end = _rest.IndexOf((byte)'/');
            token = end < 0 ? _rest : _rest[..end];
            _rest = end < 0 ? default : _rest[end..];
            if (token.IndexOfAny((byte)'~', (byte)'%') >= 0)
            {
                valid = TryUnescape(Encoding.UTF8.GetString(token), out var unescaped);
                token = Encoding.UTF8.GetBytes(unescaped);
            }

            return true;
        }

        /// <summary>URI percent-decoding, then RFC 6901: '~1' is '/', '~0' is '~', any other '~' is an error.</summary>
        private static bool TryUnescape(string token, out string unescaped)
        {
            unescaped = token;
            for (var i = token.IndexOf('%'); i >= 0; i = token.IndexOf('%', i + 1))
            {
                if (i + 2 >= token.Length || !Uri.IsHexDigit(token[i + 1]) || !Uri.IsHexDigit(token[i + 2]))
                {
                    return false;
                }
            }

            unescaped = Uri.UnescapeDataString(token);
            for (var i = 0; i < unescaped.Length; i++)
            {
                if (unescaped[i] == '~' && (i + 1 == unescaped.Length || unescaped[i + 1] is not ('0' or '1')))
                {
                    return false;
                }
            }

            unescaped = unescaped.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            return true;
        }
    }
}
