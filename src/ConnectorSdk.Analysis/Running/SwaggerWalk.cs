using System.Text.Json;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Analysis.Running;

/// <summary>
/// The one structure-aware walk of a swagger: every node in document order, its kind told by its position as the
/// <see cref="SwaggerModel"/> describes it. So a map key (a schema property literally named <c>$ref</c>, a status code)
/// is never taken for a keyword, data (examples, defaults, enum values) is never entered, and <c>$ref</c> is not
/// followed: each object is visited once, where it is written.
/// </summary>
/// <remarks>
/// It allocates nothing per node: the path is a list of parsed members and items (<see cref="JsonPath"/>), and a pointer
/// or a located element is made only when an action asks. Nodes are dispatched only for the kinds someone listens to.
/// Entries of lists and maps are nodes whatever their JSON type (a rule says what is wrong with them); a field that
/// should hold an object and holds something else is not a node (its owner's field type says what is wrong). The values of extensions and of unknown fields are
/// walked as <see cref="SwaggerNodeKind.Other"/>, so that what they nest (a notification's <c>schema</c>, a
/// <c>$ref</c>) is reached too.
/// </remarks>
internal sealed class SwaggerWalk
{
    private readonly JsonPath _path;
    private readonly IListener _listener;
    private readonly uint _nodeKinds;
    private readonly uint _memberKinds;

    private SwaggerWalk(JsonPath path, IListener listener, uint nodeKinds, uint memberKinds)
        => (_path, _listener, _nodeKinds, _memberKinds) = (path, listener, nodeKinds, memberKinds);

    /// <summary>Called as the walk reaches nodes and members; <see cref="JsonPath"/> is where it is.</summary>
    public interface IListener
    {
        void OnNode(SwaggerNodeKind kind, JsonPath path);

        void OnMember(SwaggerNodeKind owner, JsonProperty member, JsonPath path);
    }

    /// <summary>Walks the document from <paramref name="path"/>'s root, a node of kind Document.</summary>
    /// <param name="nodeKinds">The kinds whose nodes are reported, as bits (1 &lt;&lt; kind).</param>
    /// <param name="memberKinds">The owner kinds whose members are reported, as bits.</param>
    public static void Run(JsonPath path, IListener listener, uint nodeKinds, uint memberKinds)
        => new SwaggerWalk(path, listener, nodeKinds, memberKinds).Node(path.Current, SwaggerNodeKind.Document);

    private void Node(JsonElement value, SwaggerNodeKind kind)
    {
        if (kind == SwaggerNodeKind.Other && value.ValueKind == JsonValueKind.Array)
        {
            OtherItems(value);
            return;
        }

        if ((_nodeKinds & Bit(kind)) != 0)
        {
            _listener.OnNode(kind, _path);
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            Members(value, kind);
        }
    }

    private void Members(JsonElement value, SwaggerNodeKind kind)
    {
        var model = SwaggerModel.Of(kind);
        var report = (_memberKinds & Bit(kind)) != 0;
        foreach (var member in value.EnumerateObject())
        {
            if (report)
            {
                _listener.OnMember(kind, member, _path);
            }

            // Most members are scalars, which hold no node: test the kind before looking the name up.
            if (member.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
            {
                continue;
            }

            if (!model.TryGetField(member, out var field))
            {
                Enter(member, SwaggerNodeKind.Other, SwaggerChildShape.Single);
            }
            else if (!field.IsData)
            {
                Enter(member, field.ChildKind, field.Shape);
            }
        }
    }

    private void Enter(JsonProperty member, SwaggerNodeKind kind, SwaggerChildShape shape)
    {
        _path.Push(member);
        var value = member.Value;
        switch (shape)
        {
            case SwaggerChildShape.List:
                Items(value, kind);
                break;
            case SwaggerChildShape.SingleOrList when value.ValueKind == JsonValueKind.Array:
                Items(value, kind);
                break;
            case SwaggerChildShape.Map or SwaggerChildShape.MapWithExtensions:
                Entries(value, kind, shape == SwaggerChildShape.MapWithExtensions);
                break;
            default:
                if (value.ValueKind == JsonValueKind.Object || kind == SwaggerNodeKind.Other)
                {
                    Node(value, kind);
                }

                break;
        }

        _path.Pop();
    }

    private void Items(JsonElement array, SwaggerNodeKind kind)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            _path.Push(index++, item);
            Node(item, kind);
            _path.Pop();
        }
    }

    private void Entries(JsonElement map, SwaggerNodeKind kind, bool extensionsAllowed)
    {
        if (map.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var entry in map.EnumerateObject())
        {
            var extension = extensionsAllowed && SwaggerModel.IsExtension(entry);
            if (extension && entry.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
            {
                continue;
            }

            _path.Push(entry);
            Node(entry.Value, extension ? SwaggerNodeKind.Other : kind);
            _path.Pop();
        }
    }

    /// <summary>The objects and arrays inside an array of unknown meaning.</summary>
    private void OtherItems(JsonElement array)
    {
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                _path.Push(index, item);
                Node(item, SwaggerNodeKind.Other);
                _path.Pop();
            }

            index++;
        }
    }

    public static uint Bit(SwaggerNodeKind kind) => 1u << (int)kind;
}
