using System.Text.Json;

namespace ConnectorSdk.Analysis;

/// <summary>
/// Where a walk over a JSON document is: the members and items from the root to the current value, kept as parsed
/// (no string per step), so that a pointer or a located <see cref="SourceElement"/> is made only when a finding needs one.
/// The engine moves it as it walks: read it during the action, never keep it.
/// </summary>
public sealed class JsonPath
{
    private readonly SourceElement _root;
    private Step[] _steps = new Step[16];

    // Changes with every move, so that a context kept past its action fails instead of reading another node.
    private int _moves;

    internal JsonPath(SourceElement root) => _root = root;

    /// <summary>How many steps lead from the root to the current value (0 at the root).</summary>
    public int Depth { get; private set; }

    /// <summary>The current value.</summary>
    public JsonElement Current => Depth == 0 ? _root.Value : _steps[Depth - 1].Value;

    /// <summary>The current value, located: its pointer is built when first asked for.</summary>
    public SourceElement Element => ElementAt(Depth);

    /// <summary>The value reached by step <paramref name="step"/> (0 is the first step from the root).</summary>
    public JsonElement Value(int step) => _steps[step].Value;

    /// <summary>The member name of step <paramref name="step"/>; null when that step is an array item.</summary>
    public string? Name(int step) => _steps[step].Index < 0 ? _steps[step].Member.Name : null;

    /// <summary>Whether step <paramref name="step"/> is the member <paramref name="utf8Name"/> (decoded), compared without a string.</summary>
    public bool NameEquals(int step, ReadOnlySpan<byte> utf8Name) => _steps[step].Index < 0 && Utf8Text.Name(_steps[step].Member).SequenceEqual(utf8Name);

    /// <summary>The item index of step <paramref name="step"/>; -1 when that step is a member.</summary>
    public int Index(int step) => _steps[step].Index;

    /// <summary>The RFC 6901 pointer of the current value.</summary>
    public string ToPointer() => Element.Pointer;

    /// <inheritdoc/>
    public override string ToString() => ToPointer();

    /// <summary>The current place, which a context hands out only until the walk moves on.</summary>
    internal Place Here => new(this, _moves);

    internal void Push(JsonProperty member) => Add(new Step(member.Value, member, -1));

    internal void Push(int index, JsonElement item) => Add(new Step(item, default, index));

    internal void Pop()
    {
        Depth--;
        _moves++;
    }

    /// <summary>The located element of the value reached after <paramref name="depth"/> steps, built from the nearest one already built.</summary>
    private SourceElement ElementAt(int depth)
    {
        if (depth == 0)
        {
            return _root;
        }

        ref var step = ref _steps[depth - 1];
        if (!step.IsLocated)
        {
            var parent = ElementAt(depth - 1);
            step.Element = step.Index < 0 ? parent.Member(step.Member) : parent.Item(step.Value, step.Index);
            step.IsLocated = true;
        }

        return step.Element;
    }

    private void Add(Step step)
    {
        if (Depth == _steps.Length)
        {
            Array.Resize(ref _steps, Depth * 2);
        }

        _steps[Depth++] = step;
        _moves++;
    }

    /// <summary>A place of the walk: the path as long as it has not moved since.</summary>
    internal readonly struct Place(JsonPath path, int moves)
    {
        public JsonPath Path => path._moves == moves
            ? path
            : throw new InvalidOperationException("The walk has moved on since this context's action: keep the located element (context.Node, context.Element), not the context.");
    }

    private struct Step(JsonElement value, JsonProperty member, int index)
    {
        public readonly JsonElement Value = value;
        public readonly JsonProperty Member = member;
        public readonly int Index = index;
        public SourceElement Element;
        public bool IsLocated;
    }
}
