using System.Runtime.CompilerServices;
using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>What a JSON object stands for in a Swagger 2.0 document, as far as its position tells.</summary>
internal enum SwaggerNodeKind
{
    /// <summary>The document itself.</summary>
    Root,

    /// <summary>A member of <c>paths</c>.</summary>
    PathItem,

    /// <summary>A path item's <c>get</c>, <c>post</c>, ... object.</summary>
    Operation,

    /// <summary>An entry of a <c>parameters</c> list, or of the document's <c>parameters</c> section.</summary>
    Parameter,

    /// <summary>A status-code entry of an operation's <c>responses</c>, or of the document's <c>responses</c> section.</summary>
    Response,

    /// <summary>An entry of a response's <c>headers</c>.</summary>
    Header,

    /// <summary>A schema: a definition, a parameter or response <c>schema</c>, and what a schema nests.</summary>
    Schema,

    /// <summary>Anything else: info, security definitions, extension objects.</summary>
    Other,
}

/// <summary>
/// One structure-aware pass over every object of a swagger, for rules that must look everywhere
/// (every <c>$ref</c>, every extension wherever it is written). The walker knows the Swagger 2.0
/// layout, so map keys (a schema property literally named <c>$ref</c>, a status code) are never
/// taken for keywords, and example or default values, which are data, are not entered.
/// A document is walked once for all the rules that look: each contributes a <see cref="SwaggerMemberVisitor"/>
/// at connector start (<see cref="Register"/>), and the first of their swagger actions to run walks the
/// document with every visitor; each action then reports its own visitor's findings.
/// It allocates nothing per node: the JSON pointer of a member is built only when a visitor asks
/// for it, typically to report.
/// </summary>
/// <remarks>
/// The walker of a document is shared through a table keyed by the document, which belongs to one
/// connector's run and so to one thread at a time.
/// </remarks>
internal sealed class SwaggerWalker
{
    private static readonly ConditionalWeakTable<SwaggerDocument, SwaggerWalker> Walkers = [];

    private readonly SourceElement _root;
    private readonly JsonPath _path = new();
    private readonly List<SwaggerMemberVisitor> _visitors = [];
    private bool _walked;

    private SwaggerWalker(SourceElement root) => _root = root;

    /// <summary>
    /// Adds the visitor made by <paramref name="visitorFor"/> to the walk of the connector's swagger, and registers
    /// the rule's swagger action: it walks the document if no other rule's action has yet, then reports the visitor's findings.
    /// </summary>
    public static void Register(ConnectorStartContext start, Func<SwaggerDocument, SwaggerMemberVisitor> visitorFor)
    {
        if (start.Connector.Swagger is not { } swagger)
        {
            return;
        }

        var walker = Walkers.GetValue(swagger, document => new SwaggerWalker(document.Root));
        var visitor = visitorFor(swagger);
        walker._visitors.Add(visitor);
        start.RegisterSwaggerAction(context =>
        {
            walker.WalkOnce();
            visitor.ReportTo(context);
        });
    }

    /// <summary>The member being visited, as a located element (this builds its pointer: call it to report).</summary>
    public SourceElement Locate(JsonProperty member)
        => new(_root.File, member.Value, JsonPointer.Append(_path.ToPointer(), member.Name), member.Name);

    /// <summary>Visits every member of every object in a structural position, in document order, with every visitor.</summary>
    private void WalkOnce()
    {
        if (_walked)
        {
            return;
        }

        if (_root.Kind == JsonValueKind.Object)
        {
            WalkObject(_root.Value, SwaggerNodeKind.Root);
        }

        _walked = true;
    }

    private void WalkObject(JsonElement value, SwaggerNodeKind kind)
    {
        foreach (var member in value.EnumerateObject())
        {
            foreach (var visitor in _visitors)
            {
                visitor.Visit(this, kind, member);
            }

            // Most members are scalars: test the kind before the name comparisons.
            if (member.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && ChildOf(kind, member) is var child and not Child.None)
            {
                _path.Push(member);
                WalkChild(member.Value, child);
                _path.Pop();
            }
        }
    }

    private void WalkChild(JsonElement value, Child child)
    {
        switch (child)
        {
            case Child.Paths:
                WalkMap(value, SwaggerNodeKind.PathItem, extensionsAreOther: true);
                break;
            case Child.Parameters:
                WalkCollection(value, SwaggerNodeKind.Parameter);
                break;
            case Child.Responses:
                WalkMap(value, SwaggerNodeKind.Response, extensionsAreOther: true);
                break;
            case Child.Headers:
                WalkMap(value, SwaggerNodeKind.Header, extensionsAreOther: false);
                break;
            case Child.Schemas:
                WalkCollection(value, SwaggerNodeKind.Schema);
                break;
            default:
                WalkNode(value, ToKind(child));
                break;
        }
    }

    /// <summary>An object or an array of objects, all of one kind.</summary>
    private void WalkNode(JsonElement value, SwaggerNodeKind kind)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            WalkObject(value, kind);
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            WalkItems(value, kind);
        }
    }

    /// <summary>A list (an array) or a named section (an object) whose entries are all of one kind.</summary>
    private void WalkCollection(JsonElement value, SwaggerNodeKind kind)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            WalkItems(value, kind);
        }
        else
        {
            WalkMap(value, kind, extensionsAreOther: false);
        }
    }

    private void WalkItems(JsonElement array, SwaggerNodeKind kind)
    {
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                _path.Push(index, item);
                WalkNode(item, kind);
                _path.Pop();
            }

            index++;
        }
    }

    private void WalkMap(JsonElement map, SwaggerNodeKind kind, bool extensionsAreOther)
    {
        if (map.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var entry in map.EnumerateObject())
        {
            if (entry.Value.ValueKind == JsonValueKind.Object)
            {
                _path.Push(entry);
                WalkObject(entry.Value, extensionsAreOther && SwaggerModel.IsExtension(entry) ? SwaggerNodeKind.Other : kind);
                _path.Pop();
            }
        }
    }

    /// <summary>What the value of <paramref name="member"/> is, given what its object is; None for data and scalars.</summary>
    private static Child ChildOf(SwaggerNodeKind owner, JsonProperty member)
    {
        var name = Utf8Text.Name(member);
        switch (owner)
        {
            case SwaggerNodeKind.Root:
                return name.SequenceEqual("paths"u8) ? Child.Paths
                    : name.SequenceEqual("definitions"u8) ? Child.Schemas
                    : name.SequenceEqual("parameters"u8) ? Child.Parameters
                    : name.SequenceEqual("responses"u8) ? Child.Responses
                    : Child.Other;
            case SwaggerNodeKind.PathItem:
                return name.SequenceEqual("parameters"u8) ? Child.Parameters
                    : IsOperationMethod(member) ? Child.Operation
                    : Child.Other;
            case SwaggerNodeKind.Operation:
                return name.SequenceEqual("parameters"u8) ? Child.Parameters
                    : name.SequenceEqual("responses"u8) ? Child.Responses
                    : Child.Other;
            case SwaggerNodeKind.Parameter:
                return name.SequenceEqual("schema"u8) || name.SequenceEqual("items"u8) ? Child.Schema
                    : IsData(name) ? Child.None
                    : Child.Other;
            case SwaggerNodeKind.Response:
                return name.SequenceEqual("schema"u8) ? Child.Schema
                    : name.SequenceEqual("headers"u8) ? Child.Headers
                    : name.SequenceEqual("examples"u8) ? Child.None
                    : Child.Other;
            case SwaggerNodeKind.Header:
                return name.SequenceEqual("items"u8) ? Child.Schema
                    : IsData(name) ? Child.None
                    : Child.Other;
            case SwaggerNodeKind.Schema:
                return name.SequenceEqual("properties"u8) ? Child.Schemas
                    : name.SequenceEqual("items"u8) ? (member.Value.ValueKind == JsonValueKind.Array ? Child.Schemas : Child.Schema)
                    : name.SequenceEqual("additionalProperties"u8) || name.SequenceEqual("not"u8) ? Child.Schema
                    : name.SequenceEqual("allOf"u8) || name.SequenceEqual("anyOf"u8) || name.SequenceEqual("oneOf"u8) ? Child.Schemas
                    : IsData(name) ? Child.None
                    : Child.Other;
            default:
                return name.SequenceEqual("schema"u8) ? Child.Schema
                    : IsData(name) || name.SequenceEqual("examples"u8) ? Child.None
                    : Child.Other;
        }
    }

    /// <summary>Values that are instances of the described data, not part of the description.</summary>
    private static bool IsData(ReadOnlySpan<byte> name)
        => name.SequenceEqual("default"u8) || name.SequenceEqual("enum"u8) || name.SequenceEqual("example"u8)
            || name.SequenceEqual("x-example"u8) || name.SequenceEqual("x-ms-test-value"u8);

    /// <summary>The engine's list decides what an operation is (path item members are few: the name string is cheap here).</summary>
    private static bool IsOperationMethod(JsonProperty member)
        => member.Value.ValueKind == JsonValueKind.Object && SwaggerModel.HttpMethods.Contains(member.Name);

    private static SwaggerNodeKind ToKind(Child child) => child switch
    {
        Child.Operation => SwaggerNodeKind.Operation,
        Child.Schema => SwaggerNodeKind.Schema,
        _ => SwaggerNodeKind.Other,
    };

    private enum Child
    {
        None,
        Paths,
        Operation,
        Parameters,
        Responses,
        Headers,
        Schemas,
        Schema,
        Other,
    }
}
