using System.Text.Json;

namespace ConnectorSdk.Analysis;

/// <summary>
/// A JSON value together with the file and the JSON pointer where it is written, so that any
/// finding about it can be located. Navigation keeps the pointer as written in the file.
/// </summary>
public readonly struct SourceElement
{
    public SourceElement(ConnectorFile file, JsonElement value, string pointer, string? name = null)
    {
        File = file;
        Value = value;
        Pointer = pointer;
        Name = name;
    }

    public ConnectorFile File { get; }

    public JsonElement Value { get; }

    /// <summary>The RFC 6901 pointer of this value in <see cref="File"/>.</summary>
    public string Pointer { get; }

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
            property = new SourceElement(File, value, JsonPointer.Append(Pointer, name), name);
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
            yield return new SourceElement(File, property.Value, JsonPointer.Append(Pointer, property.Name), property.Name);
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
            yield return new SourceElement(File, item, JsonPointer.Append(Pointer, index++));
        }
    }

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
                target = new SourceElement(File, target.Value[index], JsonPointer.Append(target.Pointer, index));
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
