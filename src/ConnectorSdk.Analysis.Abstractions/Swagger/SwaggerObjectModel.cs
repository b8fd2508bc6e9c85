using System.Text;
using System.Text.Json;

namespace ConnectorSdk.Analysis.Swagger;

/// <summary>
/// One kind of object of OpenAPI 2.0: its fields (fixed fields, and the keywords the walk knows beyond them), each with
/// its JSON type, whether it is required, and what it holds. A member is looked up on its UTF-8 name, without a string.
/// </summary>
public sealed class SwaggerObjectModel
{
    private readonly SwaggerField[] _fields;

    // The UTF-8 names grouped by length: a lookup compares a name with the few fields of its length.
    private readonly byte[][] _utf8Names;
    private readonly int[][] _byLength;

    internal SwaggerObjectModel(SwaggerNodeKind kind, string name, SwaggerField[] fields)
    {
        Kind = kind;
        Name = name;
        _fields = fields;
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i].Index = i;
        }

        // Loops rather than LINQ over value types: generic code over them would be compiled at every start-up.
        _utf8Names = new byte[fields.Length][];
        var longest = 0;
        var required = new List<SwaggerField>();
        for (var i = 0; i < fields.Length; i++)
        {
            _utf8Names[i] = Encoding.UTF8.GetBytes(fields[i].Name);
            longest = Math.Max(longest, _utf8Names[i].Length);
            if (fields[i].IsRequired)
            {
                required.Add(fields[i]);
            }
        }

        _byLength = new int[longest + 1][];
        for (var length = 0; length <= longest; length++)
        {
            var indexes = new List<int>();
            for (var i = 0; i < fields.Length; i++)
            {
                if (_utf8Names[i].Length == length)
                {
                    indexes.Add(i);
                }
            }

            _byLength[length] = indexes.ToArray();
        }

        RequiredFields = required;
    }

    /// <summary>The kind of node the model describes.</summary>
    public SwaggerNodeKind Kind { get; }

    /// <summary>The name the specification gives the object, e.g. "Path Item Object".</summary>
    public string Name { get; }

    /// <summary>In the order of the specification; a field's <see cref="SwaggerField.Index"/> is its position here.</summary>
    public IReadOnlyList<SwaggerField> Fields => _fields;

    /// <summary>The fields the specification requires.</summary>
    public IReadOnlyList<SwaggerField> RequiredFields { get; }

    /// <summary>The field a member is, looked up on its decoded UTF-8 name.</summary>
    public bool TryGetField(JsonProperty member, out SwaggerField field) => TryGetField(Utf8Text.Name(member), out field);

    /// <summary>The field of a decoded UTF-8 name (<c>"operationId"u8</c>), looked up without a string.</summary>
    public bool TryGetField(ReadOnlySpan<byte> utf8Name, out SwaggerField field)
    {
        if (utf8Name.Length < _byLength.Length)
        {
            foreach (var index in _byLength[utf8Name.Length])
            {
                if (utf8Name.SequenceEqual(_utf8Names[index]))
                {
                    field = _fields[index];
                    return true;
                }
            }
        }

        field = null!;
        return false;
    }

    /// <summary>The field of a name.</summary>
    public bool TryGetField(string name, out SwaggerField field)
    {
        foreach (var candidate in _fields)
        {
            if (string.Equals(candidate.Name, name, StringComparison.Ordinal))
            {
                field = candidate;
                return true;
            }
        }

        field = null!;
        return false;
    }

    /// <summary>Whether a member is a fixed field of the specification.</summary>
    public bool IsFixedField(JsonProperty member) => TryGetField(member, out var field) && field.IsFixed;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
