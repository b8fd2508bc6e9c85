using System.Text.Json;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Analysis;

/// <summary>What every action receives: the connector and a way to report.</summary>
public class ConnectorContext
{
    private readonly Action<Diagnostic> _report;

    internal ConnectorContext(Connector connector, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Connector = connector;
        _report = report;
        CancellationToken = cancellationToken;
    }

    public Connector Connector { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The <c>.editorconfig</c>/<c>.globalconfig</c> keys that apply to each connector file, for rules that take settings.</summary>
    public ConnectorConfigOptions Options => Connector.Options;

    /// <summary>The provider's value for this connector, computed once per run and shared by every action that asks.</summary>
    public TValue GetValue<TValue>(ConnectorValueProvider<TValue> provider) => Connector.Values.Get(provider);

    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);

    public void Report(DiagnosticDescriptor descriptor, Location location, params object?[] arguments)
        => _report(Diagnostic.Create(descriptor, location, arguments));
}

public sealed class SwaggerContext : ConnectorContext
{
    internal SwaggerContext(Connector connector, SwaggerDocument swagger, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => Swagger = swagger;

    public SwaggerDocument Swagger { get; }
}

public sealed class OperationContext : ConnectorContext
{
    internal OperationContext(Connector connector, SwaggerDocument swagger, SwaggerOperation operation, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => (Swagger, Operation) = (swagger, operation);

    public SwaggerDocument Swagger { get; }

    public SwaggerOperation Operation { get; }
}

public sealed class ParameterContext : ConnectorContext
{
    internal ParameterContext(Connector connector, SwaggerDocument swagger, SwaggerOperation operation, SwaggerParameter parameter, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => (Swagger, Operation, Parameter) = (swagger, operation, parameter);

    public SwaggerDocument Swagger { get; }

    public SwaggerOperation Operation { get; }

    public SwaggerParameter Parameter { get; }
}

public sealed class ResponseContext : ConnectorContext
{
    internal ResponseContext(Connector connector, SwaggerDocument swagger, SwaggerOperation operation, SwaggerResponse response, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => (Swagger, Operation, Response) = (swagger, operation, response);

    public SwaggerDocument Swagger { get; }

    public SwaggerOperation Operation { get; }

    public SwaggerResponse Response { get; }
}

/// <remarks>
/// Connectors have thousands of schemas: the engine passes the same context to an action for every schema of a
/// connector, with <see cref="Schema"/> set to the one visited. Keep the <see cref="SourceElement"/>, not the context.
/// </remarks>
public sealed class SchemaContext : ConnectorContext
{
    internal SchemaContext(Connector connector, SwaggerDocument swagger, SourceElement schema, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => (Swagger, Schema) = (swagger, schema);

    public SwaggerDocument Swagger { get; }

    /// <summary>The schema object as written (a <c>$ref</c> schema is visited as itself), at any nesting keyword.</summary>
    public SourceElement Schema { get; internal set; }
}

/// <summary>
/// A node of the swagger that the engine's walk reached: an object of the specification, where it is written
/// (<c>$ref</c> is not followed). The value may be of any JSON kind: a list or map entry of the wrong type is a node too.
/// </summary>
/// <remarks>The engine passes the same context for every node to an action, and moves <see cref="Path"/> on: keep <see cref="Node"/>, not the context.</remarks>
public sealed class SwaggerNodeContext : ConnectorContext
{
    internal SwaggerNodeContext(Connector connector, SwaggerDocument swagger, JsonPath path, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => (Swagger, Path) = (swagger, path);

    public SwaggerDocument Swagger { get; }

    public SwaggerNodeKind Kind { get; internal set; }

    /// <summary>What the specification says the node holds.</summary>
    public SwaggerObjectModel Model => SwaggerModel.Of(Kind);

    /// <summary>The steps from the document's root to the node.</summary>
    public JsonPath Path { get; }

    /// <summary>The node's value, read in place (no pointer is made).</summary>
    public JsonElement Value => Path.Current;

    /// <summary>The node, located (its pointer is built when asked for: to report, or to keep).</summary>
    public SourceElement Node => Path.Element;
}

/// <summary>
/// A member of an object the walk reached, with the kind of its owner: a fixed field, an extension or anything else
/// written there. Data (examples, defaults) is a member like the others, but the walk never enters it.
/// </summary>
/// <remarks>The engine passes the same context for every member to an action: keep <see cref="Element"/>, not the context.</remarks>
public sealed class SwaggerMemberContext : ConnectorContext
{
    internal SwaggerMemberContext(Connector connector, SwaggerDocument swagger, JsonPath path, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => (Swagger, Path) = (swagger, path);

    public SwaggerDocument Swagger { get; }

    /// <summary>What the object holding the member is.</summary>
    public SwaggerNodeKind OwnerKind { get; internal set; }

    public JsonProperty Member { get; internal set; }

    /// <summary>The steps from the document's root to the owner.</summary>
    public JsonPath Path { get; }

    /// <summary>The owner, located.</summary>
    public SourceElement Owner => Path.Element;

    /// <summary>The member's value, located (this builds its pointer: ask for it to report).</summary>
    public SourceElement Element => Path.Element.Member(Member);
}

public sealed class ApiPropertiesContext : ConnectorContext
{
    internal ApiPropertiesContext(Connector connector, SourceElement root, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => Root = root;

    /// <summary>The root object of apiProperties.json.</summary>
    public SourceElement Root { get; }
}

public sealed class AdditionalFileContext : ConnectorContext
{
    internal AdditionalFileContext(Connector connector, ConnectorFile file, ReadOnlyMemory<byte> content, string? text, SourceElement? json, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => (File, Content, Text, Json) = (file, content, text, json);

    public ConnectorFile File { get; }

    /// <summary>The raw bytes (the icon's pixels, a script's BOM).</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>The decoded text of a text or JSON file (for JSON, the text its positions refer to: BOM removed, transcoded from Windows-1252 if it is not UTF-8), else null.</summary>
    public string? Text { get; }

    /// <summary>The root of a JSON file that could be read, else null.</summary>
    public SourceElement? Json { get; }
}

public sealed class BaselineContext : ConnectorContext
{
    internal BaselineContext(Connector connector, SwaggerDocument current, SwaggerDocument baseline, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => (Current, Baseline) = (current, baseline);

    public SwaggerDocument Current { get; }

    /// <summary>The previous version's swagger.</summary>
    public SwaggerDocument Baseline { get; }
}
