using System.Text;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Testing;

/// <summary>A span marked in test input: <c>{|PPC1051:..|}</c> (an id), <c>{|#0:..|}</c> (a numbered location) or <c>[|..|]</c> (neither).</summary>
internal sealed record MarkedSpan(string? Id, int? Index, SourceSpan Span);

/// <summary>Text with its markup removed and the spans the markup designated, in UTF-16 line/column terms.</summary>
internal sealed record MarkedText(string Text, IReadOnlyList<MarkedSpan> Spans)
{
    public static MarkedText Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var marks = new List<(string? Id, int? Index, int Start, int End)>();
        var open = new Stack<(string? Id, int? Index, int Start)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((null, null, text.Length));
                i++;
            }
            else if (At(markup, i, "{|") && markup.IndexOf(':', i) is var colon and > 0)
            {
                var label = markup[(i + 2)..colon];
                open.Push(label.StartsWith('#') ? (null, int.Parse(label[1..], System.Globalization.CultureInfo.InvariantCulture), text.Length) : (label, null, text.Length));
                i = colon;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                if (open.Count == 0)
                {
                    throw new FormatException($"Markup closes a span at offset {i} that was never opened.");
                }

                var (id, index, start) = open.Pop();
                marks.Add((id, index, start, text.Length));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException("Markup opens a span that is never closed.");
        }

        var clean = text.ToString();
        return new MarkedText(clean, marks.Select(m => new MarkedSpan(m.Id, m.Index, ToSpan(clean, m.Start, m.End))).ToArray());
    }

    private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    /// <summary>Character offsets to 1-based lines and columns, the end column exclusive; line breaks are \n, \r\n and \r.</summary>
    internal static SourceSpan ToSpan(string text, int start, int end)
    {
        var (startLine, startColumn) = Position(text, start);
        var (endLine, endColumn) = Position(text, end);
        return new SourceSpan(startLine, startColumn, endLine, endColumn);
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
