namespace ConnectorSdk.Analysis.Swagger;

/// <summary>What a value of a Swagger 2.0 document stands for, as its position tells: the objects of the specification.</summary>
public enum SwaggerNodeKind
{
    /// <summary>The document itself (the Swagger Object).</summary>
    Document,

    /// <summary>The document's <c>info</c>.</summary>
    Info,

    /// <summary>The <c>info</c>'s <c>contact</c>.</summary>
    Contact,

    /// <summary>The <c>info</c>'s <c>license</c>.</summary>
    License,

    /// <summary>A member of <c>paths</c>.</summary>
    PathItem,

    /// <summary>A path item's <c>get</c>, <c>post</c>, ... object.</summary>
    Operation,

    /// <summary>An entry of a <c>parameters</c> list, or of the document's <c>parameters</c> section.</summary>
    Parameter,

    /// <summary>The <c>items</c> of a non-body parameter or a header (not a schema).</summary>
    Items,

    /// <summary>A status-code entry of an operation's <c>responses</c>, or of the document's <c>responses</c> section.</summary>
    Response,

    /// <summary>An entry of a response's <c>headers</c>.</summary>
    Header,

    /// <summary>A schema: a definition, a parameter or response <c>schema</c>, and what a schema nests.</summary>
    Schema,

    /// <summary>A schema's <c>xml</c>.</summary>
    Xml,

    /// <summary>An entry of <c>securityDefinitions</c>.</summary>
    SecurityScheme,

    /// <summary>An entry of the document's <c>tags</c>.</summary>
    Tag,

    /// <summary>An <c>externalDocs</c> object.</summary>
    ExternalDocs,

    /// <summary>
    /// Any other object or array the walk enters: an extension's value, the value of a field the specification does not
    /// describe, security requirements. A <c>schema</c> member in it is a schema (<c>x-ms-notification-content</c>).
    /// </summary>
    Other,
}
