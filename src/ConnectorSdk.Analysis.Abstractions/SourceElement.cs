using System.Text.Json;

namespace ConnectorSdk.Analysis;

/// <summary>
/// A JSON value together with the file and the JSON pointer where it is written, so that any
/// finding about it can be located. Navigation keeps the pointer as written in the file.
/// </summary>
public readonly struct SourceElement
{
    // The pointer as a string, or as a ChildPointer that builds it (and the member's name) when first asked: most
    // values a rule visits are never reported, and a string per node would be most of what an analysis allocates.
    private readonly object _pointer;

    internal SourceElement(ConnectorFile file, JsonElement value, string pointer)
        : this(file, value, (object)pointer)
    {
    }

    private SourceElement(ConnectorFile file, JsonElement value, object pointer)
    {
        File = file;
        Value = value;
        _pointer = pointer;
    }

    /// <summary>The file the value is written in.</summary>
    public ConnectorFile File { get; }

    /// <summary>The value, read in place.</summary>
    public JsonElement Value { get; }

    /// <summary>The RFC 6901 pointer of this value in <see cref="File"/>.</summary>
    public string Pointer => _pointer switch
    {
        string pointer => pointer,
        ChildPointer child => child.Text,
        _ => null!,
    };

    /// <summary>The property name this value is held under, or null for array items and the root (a string made when first asked for).</summary>
    public string? Name => (_pointer as ChildPointer)?.Name;

    /// <summary>The value's JSON kind.</summary>
    public JsonValueKind Kind => Value.ValueKind;

    /// <summary>Where the value is (for containers, the whole container).</summary>
    public Location Location => Location.InJson(File.Path, Pointer);

    /// <summary>Where the property name is; for array items and the root, the value.</summary>
    public Location NameLocation => Location.InJson(File.Path, Pointer, LocationTarget.Name);

    /// <summary>The member <paramref name="name"/> of this object, located; false when this is not an object or has no such member.</summary>
    /// <param name="name">The member's name.</param>
    /// <param name="property">The member's value.</param>
    public bool TryGetProperty(string name, out SourceElement property)
    {
        if (Value.ValueKind == JsonValueKind.Object && Value.TryGetProperty(name, out var value))
        {
            property = new SourceElement(File, value, new ChildPointer(_pointer, name, default, -1));
            return true;
        }

        property = default;
        return false;
    }

    /// <summary>
    /// The member <paramref name="utf8Name"/> of this object (UTF-8, e.g. <c>"summary"u8</c>), located without a string
    /// for the name: its pointer is built only when asked for.
    /// </summary>
    /// <param name="utf8Name">The member's name, UTF-8 encoded.</param>
    /// <param name="property">The member's value.</param>
    public bool TryGetProperty(ReadOnlySpan<byte> utf8Name, out SourceElement property)
    {
        if (Value.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in Value.EnumerateObject())
            {
                if (member.NameEquals(utf8Name))
                {
                    property = Member(member);
                    return true;
                }
            }
        }

        property = default;
        return false;
    }

    /// <summary>The property's value when it is a string, else null.</summary>
    public string? GetString(string name)
        => Value.ValueKind == JsonValueKind.Object && Value.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>The members of an object (none for other kinds). The engine's reader keeps only the last of repeated names, as the platform does.</summary>
    public IEnumerable<SourceElement> EnumerateProperties()
    {
        if (Value.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var property in Value.EnumerateObject())
        {
            yield return Member(property);
        }
    }

    /// <summary>The items of an array (none for other kinds).</summary>
    public IEnumerable<SourceElement> EnumerateItems()
    {
        if (Value.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        var index = 0;
        foreach (var item in Value.EnumerateArray())
        {
            yield return Item(item, index++);
        }
    }

    /// <summary>A member of this object that the caller found itself (say, in one pass over <see cref="Value"/>'s members): its pointer is built only when asked for.</summary>
    /// <param name="property">A member of <see cref="Value"/>.</param>
    public SourceElement Member(JsonProperty property) => new(File, property.Value, new ChildPointer(_pointer, null, property, -1));

    /// <summary>An item of this array that the caller found itself (say, in one pass over <see cref="Value"/>'s items): its pointer is built only when asked for.</summary>
    /// <param name="item">The item, an element of <see cref="Value"/>.</param>
    /// <param name="index">Its position in the array.</param>
    public SourceElement Item(JsonElement item, int index) => new(File, item, new ChildPointer(_pointer, null, default, index));

    /// <summary>Follows a pointer from this value (tokens unescaped by <see cref="JsonPointer.Parse"/>).</summary>
    /// <param name="tokens">The reference tokens, unescaped.</param>
    /// <param name="target">The value reached.</param>
    public bool TryNavigate(IReadOnlyList<string> tokens, out SourceElement target)
    {
        target = this;
        foreach (var token in tokens)
        {
            if (target.Kind == JsonValueKind.Object)
            {
                if (!target.TryGetProperty(token, out target))
                {
                    return false;
                }
            }
            else if (target.Kind == JsonValueKind.Array && int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < target.Value.GetArrayLength())
            {
                target = target.Item(target.Value[index], index);
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{File.Path}#{Pointer}";
}

/// <summary>
/// A member's or an item's pointer, built from its parent's (a string or another ChildPointer) when first asked for; a
/// member's name too (an item has an index of 0 or more, a member -1).
/// </summary>
internal sealed class ChildPointer(object parent, string? name, JsonProperty member, int index)
{
    private string? _text;
    private string? _name = name;

    public string? Name => index >= 0 ? null : _name ??= member.Name;

    public string Text => _text ??= index >= 0 ? JsonPointer.Append(ParentText, index) : JsonPointer.Append(ParentText, Name!);

    private string ParentText => parent as string ?? ((ChildPointer)parent).Text;
}
