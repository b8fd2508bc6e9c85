using System.Text.Json;

namespace ConnectorSdk.Analysis;

/// <summary>
/// A JSON value together with the file and the JSON pointer where it is written, so that any
/// finding about it can be located. Navigation keeps the pointer as written in the file.
/// </summary>
public readonly struct SourceElement
{
    // The pointer as a string, or as a ChildPointer that builds it when first asked: most values a rule
    // visits are never reported, and a string per node would be most of what an analysis allocates.
    private readonly object _pointer;

    public SourceElement(ConnectorFile file, JsonElement value, string pointer, string? name = null)
        : this(file, value, (object)pointer, name)
    {
    }

    private SourceElement(ConnectorFile file, JsonElement value, object pointer, string? name)
    {
        File = file;
        Value = value;
        _pointer = pointer;
        Name = name;
    }

    public ConnectorFile File { get; }

    public JsonElement Value { get; }

    /// <summary>The RFC 6901 pointer of this value in <see cref="File"/>.</summary>
    public string Pointer => _pointer switch
    {
        string pointer => pointer,
        ChildPointer child => child.Text,
        _ => null!,
    };

    /// <summary>The property name this value is held under, or null for array items and the root.</summary>
    public string? Name { get; }

    public JsonValueKind Kind => Value.ValueKind;

    /// <summary>Where the value is (for containers, the whole container).</summary>
    public Location Location => Location.InJson(File.Path, Pointer);

    /// <summary>Where the property name is; for array items and the root, the value.</summary>
    public Location NameLocation => Location.InJson(File.Path, Pointer, LocationTarget.Name);

    public bool TryGetProperty(string name, out SourceElement property)
    {
        if (Value.ValueKind == JsonValueKind.Object && Value.TryGetProperty(name, out var value))
        {
            property = new SourceElement(File, value, new ChildPointer(_pointer, name, 0), name);
            return true;
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

    /// <summary>A member of this object that the caller found itself (say, in one pass over <see cref="Value"/>'s members).</summary>
    public SourceElement Member(JsonProperty property)
    {
        var name = property.Name;
        return new SourceElement(File, property.Value, new ChildPointer(_pointer, name, 0), name);
    }

    internal SourceElement Item(JsonElement item, int index) => new(File, item, new ChildPointer(_pointer, null, index), null);

    /// <summary>Follows a pointer from this value (tokens unescaped by <see cref="JsonPointer.Parse"/>).</summary>
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

    public override string ToString() => $"{File.Path}#{Pointer}";
}

/// <summary>A member's or an item's pointer, built from its parent's (a string or another ChildPointer) when first asked for.</summary>
internal sealed class ChildPointer(object parent, string? name, int index)
{
    private string? _text;

    public string Text => _text ??= name is null ? JsonPointer.Append(ParentText, index) : JsonPointer.Append(ParentText, name);

    private string ParentText => parent as string ?? ((ChildPointer)parent).Text;
}
