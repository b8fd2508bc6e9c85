namespace ConnectorSdk.Analysis.Swagger;

/// <summary>The JSON type the specification gives a field.</summary>
public enum SwaggerFieldType
{
    /// <summary>Any JSON value (<c>default</c>, <c>example</c>, <c>additionalProperties</c>).</summary>
    Any,

    /// <summary>A string.</summary>
    String,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>A number.</summary>
    Number,

    /// <summary>An object.</summary>
    Object,

    /// <summary>An array.</summary>
    Array,

    /// <summary>An array of strings (schemes, consumes, produces, an operation's tags, a schema's required).</summary>
    StringArray,
}

/// <summary>How a field's value holds the objects of its <see cref="SwaggerField.ChildKind"/>.</summary>
public enum SwaggerChildShape
{
    /// <summary>The field holds no object of the specification.</summary>
    None,

    /// <summary>The value is one object (<c>schema</c>, <c>info</c>).</summary>
    Single,

    /// <summary>An array of objects (<c>parameters</c> of an operation, <c>allOf</c>).</summary>
    List,

    /// <summary>A map from names to objects (<c>definitions</c>, <c>properties</c>, <c>headers</c>).</summary>
    Map,

    /// <summary>A map whose <c>x-</c> members are extensions, not entries (<c>paths</c>, an operation's <c>responses</c>).</summary>
    MapWithExtensions,

    /// <summary>One object, or an array of them (a schema's <c>items</c>).</summary>
    SingleOrList,
}

/// <summary>A field of an OpenAPI 2.0 object, or a keyword the walk knows that the specification leaves out.</summary>
public sealed class SwaggerField
{
    internal SwaggerField(string name, SwaggerFieldType type, bool isRequired, bool isFixed, bool isData, SwaggerNodeKind childKind, SwaggerChildShape shape, bool combinesSchemas)
    {
        Name = name;
        Type = type;
        IsRequired = isRequired;
        IsFixed = isFixed;
        IsData = isData;
        ChildKind = childKind;
        Shape = shape;
        CombinesSchemas = combinesSchemas;
    }

    /// <summary>The field's name, as written in a document.</summary>
    public string Name { get; }

    /// <summary>The JSON type the specification gives the field.</summary>
    public SwaggerFieldType Type { get; }

    /// <summary>Whether the specification requires the field.</summary>
    public bool IsRequired { get; }

    /// <summary>
    /// Whether it is a fixed field of the specification; false for a keyword the walk follows or skips although
    /// OpenAPI 2.0 does not define it there (<c>anyOf</c>, <c>oneOf</c>, <c>not</c>, <c>x-example</c>).
    /// </summary>
    public bool IsFixed { get; }

    /// <summary>Whether the value is an instance of the described data (<c>example</c>, <c>default</c>, <c>enum</c>): never entered by the walk.</summary>
    public bool IsData { get; }

    /// <summary>
    /// The kind of the objects the value holds; for a field of shape <see cref="SwaggerChildShape.None"/> that is not data,
    /// <see cref="SwaggerNodeKind.Other"/>: an object or array there is walked as one.
    /// </summary>
    public SwaggerNodeKind ChildKind { get; }

    /// <summary>How the value holds the objects of <see cref="ChildKind"/>.</summary>
    public SwaggerChildShape Shape { get; }

    /// <summary>Whether the schemas it holds combine into their owner rather than nest in it (<c>allOf</c>, <c>anyOf</c>, <c>oneOf</c>).</summary>
    public bool CombinesSchemas { get; }

    /// <summary>The position of the field in <see cref="SwaggerObjectModel.Fields"/>, e.g. for a set of bits of the fields an object has.</summary>
    public int Index { get; internal set; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
