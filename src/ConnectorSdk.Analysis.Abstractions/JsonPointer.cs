using System.Text;

namespace ConnectorSdk.Analysis;

/// <summary>RFC 6901 JSON pointers: "" is the root, "/paths/~1items/get" a member of it.</summary>
public static class JsonPointer
{
    /// <summary>The pointer of the document's root.</summary>
    public const string Root = "";

    /// <summary>The pointer of a member of the value at <paramref name="pointer"/>.</summary>
    /// <param name="pointer">The parent's pointer.</param>
    /// <param name="token">The member's name, unescaped.</param>
    public static string Append(string pointer, string token) => string.Concat(pointer, "/", Escape(token));

    /// <summary>The pointer of an item of the array at <paramref name="pointer"/>.</summary>
    /// <param name="pointer">The array's pointer.</param>
    /// <param name="index">The item's position.</param>
    public static string Append(string pointer, int index) => string.Concat(pointer, "/", index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A name as a reference token: <c>~</c> as <c>~0</c>, <c>/</c> as <c>~1</c>.</summary>
    public static string Escape(string token)
        => token.AsSpan().IndexOfAny('~', '/') < 0 ? token : token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>A reference token as the name it stands for.</summary>
    public static string Unescape(string token)
        => token.Contains('~', StringComparison.Ordinal) ? token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal) : token;

    /// <summary>The unescaped reference tokens of a pointer; a leading "#" (URI fragment form) is allowed.</summary>
    public static IReadOnlyList<string> Parse(string pointer)
    {
        var text = pointer.StartsWith('#') ? Uri.UnescapeDataString(pointer[1..]) : pointer;
        if (text.Length == 0)
        {
            return [];
        }

        if (text[0] != '/')
        {
            throw new FormatException($"'{pointer}' is not a JSON pointer: it must be empty or start with '/'.");
        }

        return text[1..].Split('/').Select(Unescape).ToArray();
    }

    /// <summary>Builds a pointer from unescaped tokens.</summary>
    public static string From(IEnumerable<string> tokens)
    {
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            builder.Append('/').Append(Escape(token));
        }

        return builder.ToString();
    }
}
