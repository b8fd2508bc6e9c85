using System.Text.Json;

namespace ConnectorSdk.Analysis.Json;

/// <summary>Keeps only the last of repeated property names in each object, as the platform's reader does.</summary>
internal static class DuplicateKeyRemover
{
    /// <summary>
    /// Reports each repeated name on its earlier occurrence and blanks that earlier member (name, colon, value and the
    /// comma after it), in place. <paramref name="text"/> must be strict JSON apart from the duplicates.
    /// </summary>
    /// <exception cref="JsonException">The text is not strict JSON.</exception>
    public static void BlankEarlierMembers(Span<byte> text, List<JsonReadProblem> problems)
    {
        // Indexed by the depth of the members; only one object is open at each depth, so the dictionaries are reused.
        var namesAtDepth = new Dictionary<string, Member>?[JsonRepairer.MaxDepth + 1];
        var isObjectAtDepth = new bool[JsonRepairer.MaxDepth + 1];
        var memberAtDepth = new Member[JsonRepairer.MaxDepth + 1];
        var earlierMembers = new List<Member>();
        var reader = new Utf8JsonReader(text);
        while (reader.Read())
        {
            var depth = reader.CurrentDepth;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    (namesAtDepth[depth + 1] ??= new(StringComparer.Ordinal)).Clear();
                    isObjectAtDepth[depth + 1] = true;
                    continue;
                case JsonTokenType.StartArray:
                    isObjectAtDepth[depth + 1] = false;
                    continue;
                case JsonTokenType.PropertyName:
                    var name = reader.GetString()!;
                    var nameStart = (int)reader.TokenStartIndex;
                    memberAtDepth[depth] = new Member(name, nameStart, nameStart + reader.ValueSpan.Length + 2, ValueEnd: 0);
                    if (namesAtDepth[depth]!.TryGetValue(name, out var earlier))
                    {
                        problems.Add(new(JsonProblemKind.DuplicateKey, name, earlier.NameStart, earlier.NameEnd - earlier.NameStart));
                        earlierMembers.Add(earlier);
                    }

                    continue;
            }

            // A scalar or a closing bracket ends a value; inside an object it completes the pending member.
            if (depth > 0 && isObjectAtDepth[depth])
            {
                namesAtDepth[depth]![memberAtDepth[depth].Name] = memberAtDepth[depth] with { ValueEnd = (int)reader.BytesConsumed };
            }
        }

        foreach (var member in earlierMembers)
        {
            // A later member follows, so a comma does too.
            var comma = member.ValueEnd + text[member.ValueEnd..].IndexOfAnyExcept(JsonRepairer.Whitespace);
            JsonRepairer.Blank(text[member.NameStart..(comma + 1)]);
        }
    }

    private readonly record struct Member(string Name, int NameStart, int NameEnd, int ValueEnd);
}
