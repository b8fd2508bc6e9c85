using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1016: every <c>$ref</c> resolves inside the document and points into the section its position
/// needs: a schema under <c>#/definitions/</c>, a parameter under <c>#/parameters/</c>, a response under
/// <c>#/responses/</c>. References to other files or URLs are reported too: the platform cannot follow them.
/// </summary>
/// <remarks>
/// The document is walked once for this rule and PPC1055 together (<see cref="SwaggerWalker"/>), and a reference is checked on its UTF-8
/// bytes: a clean document costs no allocation per node or per reference. Strings are made only for a
/// finding, or for the rare reference that needs unescaping.
/// </remarks>
public sealed class ReferenceRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.UnresolvedReference,
        title: "Every `$ref` must resolve to the right section",
        messageFormat: "Reference '{0}' {1}",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "A $ref must be a JSON pointer into the same document ('#/...') that exists, and a schema, parameter or response reference must point under #/definitions/, #/parameters/ or #/responses/ respectively.",
        name: "ReferenceNotFound");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context)
        => context.RegisterConnectorStartAction(start => SwaggerWalker.Register(start, swagger => new Visitor(swagger.Root)));

    /// <summary>The section a reference written in an object of this kind must point into, or null for any place.</summary>
    private static string? RequiredSection(SwaggerNodeKind kind) => kind switch
    {
        SwaggerNodeKind.Schema => "definitions",
        SwaggerNodeKind.Parameter => "parameters",
        SwaggerNodeKind.Response => "responses",
        _ => null,
    };

    private static string Noun(SwaggerNodeKind kind) => kind switch
    {
        SwaggerNodeKind.Schema => "a schema",
        SwaggerNodeKind.Parameter => "a parameter",
        _ => "a response",
    };

    private sealed class Visitor(SourceElement root) : SwaggerMemberVisitor
    {
        protected override void VisitMember(SwaggerWalker walker, SwaggerNodeKind owner, JsonProperty member)
        {
            if (!member.NameEquals("$ref"u8))
            {
                return;
            }

            var value = member.Value;
            if (value.ValueKind != JsonValueKind.String)
            {
                Record(Rule, walker.Locate(member).Location, value.GetRawText(), "is not a string; a $ref holds a JSON pointer such as '#/definitions/Name'");
                return;
            }

            if (Check(owner, Utf8Text.String(value)) is { } problem)
            {
                Record(Rule, walker.Locate(member).Location, value.GetString(), problem);
            }
        }

        /// <summary>What is wrong with the reference, or null when it is fine.</summary>
        private string? Check(SwaggerNodeKind owner, ReadOnlySpan<byte> reference)
        {
            var section = RequiredSection(owner);
            if (reference.IsEmpty || reference[0] != (byte)'#')
            {
                return $"points outside this document; the platform follows only references inside the swagger, written like {Example(section)}";
            }

            var fragment = reference[1..];
            if (fragment.Length > 0 && fragment[0] != (byte)'/')
            {
                return $"is not a valid JSON pointer: after '#' it must start with '/', as in {Example(section)}";
            }

            var tokens = new TokenReader(fragment);
            var target = root.Value;
            var depth = 0;
            while (tokens.TryRead(out var token, out var valid))
            {
                if (!valid)
                {
                    return "is not a valid JSON pointer: '~' must be followed by 0 or 1, and '%' by two hex digits";
                }

                if (depth == 0 && section is not null && !Ascii.Equals(token, section))
                {
                    return $"must point under '#/{section}/' because it stands for {Noun(owner)}";
                }

                if (!TryStep(ref target, token))
                {
                    return Suggest(target, Encoding.UTF8.GetString(token)) is { } suggestion
                        ? $"does not resolve: nothing in this document is at that pointer; did you mean '{suggestion}'?"
                        : "does not resolve: nothing in this document is at that pointer";
                }

                depth++;
            }

            return section is not null && depth < 2 ? $"must name an entry under '#/{section}/' because it stands for {Noun(owner)}" : null;
        }

        private static string Example(string? section) => $"'#/{section ?? "definitions"}/Name'";

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

        /// <summary>A member of <paramref name="parent"/> whose name differs from <paramref name="name"/> only in letter case.</summary>
        /// <summary>The member of <paramref name="parent"/> the token most likely means (letter case or a typo), if any.</summary>
        private static string? Suggest(JsonElement parent, string name)
            => parent.ValueKind == JsonValueKind.Object ? Spelling.Closest(name, parent.EnumerateObject().Select(member => member.Name)) : null;
    }

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
