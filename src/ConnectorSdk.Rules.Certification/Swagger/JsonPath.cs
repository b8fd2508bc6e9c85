using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// Where a walk over a JSON document is: the members and items from the root to the current value, kept
/// as parsed (no strings per step), so that a JSON pointer is built only when a finding needs a location.
/// </summary>
internal sealed class JsonPath
{
    private Step[] _steps = new Step[16];

    /// <summary>How many steps lead from the root to the current value (0 at the root).</summary>
    public int Depth { get; private set; }

    public void Push(JsonProperty member) => Add(new Step(member.Value, member, null, -1));

    /// <summary>A member reached by a name the caller already holds as a string.</summary>
    public void Push(string name, JsonElement value) => Add(new Step(value, default, name, -1));

    public void Push(int index, JsonElement item) => Add(new Step(item, default, null, index));

    public void Pop() => Depth--;

    /// <summary>The value reached by step <paramref name="depth"/> (0 is the first step from the root).</summary>
    public JsonElement Value(int depth) => _steps[depth].Value;

    /// <summary>The member name of step <paramref name="depth"/>; null when that step is an array item.</summary>
    public string? Name(int depth) => _steps[depth] is { Index: < 0 } step ? step.Name ?? step.Member.Name : null;

    /// <summary>The item index of step <paramref name="depth"/>; -1 when that step is a member.</summary>
    public int Index(int depth) => _steps[depth].Index;

    /// <summary>The RFC 6901 pointer of the current value.</summary>
    public string ToPointer()
    {
        var pointer = JsonPointer.Root;
        for (var depth = 0; depth < Depth; depth++)
        {
            pointer = Index(depth) >= 0 ? JsonPointer.Append(pointer, Index(depth)) : JsonPointer.Append(pointer, Name(depth)!);
        }

        return pointer;
    }

    private void Add(Step step)
    {
        if (Depth == _steps.Length)
        {
            Array.Resize(ref _steps, Depth * 2);
        }

        _steps[Depth++] = step;
    }

    private readonly record struct Step(JsonElement Value, JsonProperty Member, string? Name, int Index);
}
