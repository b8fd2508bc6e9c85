using System.Text.Json;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Analysis;

/// <summary>What every action receives: the connector and a way to report. Contexts are immutable and made by the engine.</summary>
public class ConnectorContext
{
    private readonly Action<Diagnostic> _report;

    internal ConnectorContext(Connector connector, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Connector = connector;
        _report = report;
        CancellationToken = cancellationToken;
    }

    /// <summary>The connector under analysis.</summary>
    public Connector Connector { get; }

    /// <summary>Signalled when the host stops the analysis; long actions check it.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The <c>.editorconfig</c>/<c>.globalconfig</c> keys that apply to each connector file, for rules that take settings.</summary>
    public ConnectorConfigOptions Options => Connector.Options;

    /// <summary>The provider's value for this connector, computed once per run and shared by every action that asks.</summary>
    /// <typeparam name="TValue">The type of the shared value.</typeparam>
    /// <param name="provider">The provider, kept in a static field: it is the key of the cache.</param>
    public TValue GetValue<TValue>(ConnectorValueProvider<TValue> provider) => Connector.Values.Get(provider);

    /// <summary>Reports a finding; its id must be one of the analyzer's <see cref="ConnectorAnalyzer.SupportedDiagnostics"/>.</summary>
    /// <param name="diagnostic">The finding, made with <see cref="Diagnostic.Create(DiagnosticDescriptor, Location, object?[])"/>.</param>
    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);

    /// <summary>Reports a finding of <paramref name="descriptor"/> at <paramref name="location"/>.</summary>
    /// <param name="descriptor">The rule, one of the analyzer's <see cref="ConnectorAnalyzer.SupportedDiagnostics"/>.</param>
    /// <param name="location">Where the finding is, usually a <see cref="SourceElement.Location"/>.</param>
    /// <param name="arguments">The values of the descriptor's message format.</param>
    public void Report(DiagnosticDescriptor descriptor, Location location, params object?[] arguments)
        => _report(Diagnostic.Create(descriptor, location, arguments));
}

/// <summary>The context of a swagger action: called once per connector with the swagger's view.</summary>
public sealed class SwaggerContext : ConnectorContext
{
    internal SwaggerContext(Connector connector, SwaggerDocument swagger, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => Swagger = swagger;

    /// <summary>The swagger's view.</summary>
    public SwaggerDocument Swagger { get; }
}

/// <summary>The context of an operation action: called for every path × verb.</summary>
public sealed class OperationContext : ConnectorContext
{
    internal OperationContext(Connector connector, SwaggerDocument swagger, SwaggerOperation operation, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => (Swagger, Operation) = (swagger, operation);

    /// <summary>The swagger's view.</summary>
    public SwaggerDocument Swagger { get; }

    /// <summary>The operation visited.</summary>
    public SwaggerOperation Operation { get; }
}

/// <summary>The context of a parameter action: called for every parameter of every operation (path item parameters merged in).</summary>
public sealed class ParameterContext : ConnectorContext
{
    internal ParameterContext(Connector connector, SwaggerDocument swagger, SwaggerOperation operation, SwaggerParameter parameter, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => (Swagger, Operation, Parameter) = (swagger, operation, parameter);

    /// <summary>The swagger's view.</summary>
    public SwaggerDocument Swagger { get; }

    /// <summary>The operation the parameter belongs to.</summary>
    public SwaggerOperation Operation { get; }

    /// <summary>The parameter visited.</summary>
    public SwaggerParameter Parameter { get; }
}

/// <summary>The context of a response action: called for every response of every operation.</summary>
public sealed class ResponseContext : ConnectorContext
{
    internal ResponseContext(Connector connector, SwaggerDocument swagger, SwaggerOperation operation, SwaggerResponse response, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => (Swagger, Operation, Response) = (swagger, operation, response);

    /// <summary>The swagger's view.</summary>
    public SwaggerDocument Swagger { get; }

    /// <summary>The operation the response belongs to.</summary>
    public SwaggerOperation Operation { get; }

    /// <summary>The response visited.</summary>
    public SwaggerResponse Response { get; }
}

/// <summary>The context of a schema action: called for every schema object of the swagger.</summary>
public sealed class SchemaContext : ConnectorContext
{
    internal SchemaContext(Connector connector, SwaggerDocument swagger, SourceElement schema, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => (Swagger, Schema) = (swagger, schema);

    /// <summary>The swagger's view.</summary>
    public SwaggerDocument Swagger { get; }

    /// <summary>The schema object as written (a <c>$ref</c> schema is visited as itself), at any nesting keyword.</summary>
    public SourceElement Schema { get; }
}

/// <summary>
/// A node of the swagger that the engine's walk reached: an object of the specification, where it is written
/// (<c>$ref</c> is not followed). The value may be of any JSON kind: a list or map entry of the wrong type is a node too.
/// </summary>
/// <remarks>
/// <see cref="Path"/> is the walk's place, which moves on when the action returns: keep <see cref="Node"/>, not the
/// context (reading <see cref="Path"/> or <see cref="Node"/> later throws <see cref="InvalidOperationException"/>).
/// </remarks>
public sealed class SwaggerNodeContext : ConnectorContext
{
    private readonly JsonPath.Place _place;

    internal SwaggerNodeContext(Connector connector, SwaggerDocument swagger, SwaggerNodeKind kind, JsonPath path, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => (Swagger, Kind, _place, Value) = (swagger, kind, path.Here, path.Current);

    /// <summary>The swagger's view.</summary>
    public SwaggerDocument Swagger { get; }

    /// <summary>What the node is.</summary>
    public SwaggerNodeKind Kind { get; }

    /// <summary>What the specification says the node holds.</summary>
    public SwaggerObjectModel Model => SwaggerModel.Of(Kind);

    /// <summary>The steps from the document's root to the node (during the action only).</summary>
    public JsonPath Path => _place.Path;

    /// <summary>The node's value, read in place (no pointer is made).</summary>
    public JsonElement Value { get; }

    /// <summary>The node, located (its pointer is built when asked for: to report, or to keep).</summary>
    public SourceElement Node => _place.Path.Element;
}

/// <summary>
/// A member of an object the walk reached, with the kind of its owner: a fixed field, an extension or anything else
/// written there. Data (examples, defaults) is a member like the others, but the walk never enters it.
/// </summary>
/// <remarks>
/// <see cref="Path"/> is the walk's place, which moves on when the action returns: keep <see cref="Element"/>, not the
/// context (reading <see cref="Path"/>, <see cref="Owner"/> or <see cref="Element"/> later throws <see cref="InvalidOperationException"/>).
/// </remarks>
public sealed class SwaggerMemberContext : ConnectorContext
{
    private readonly JsonPath.Place _place;

    internal SwaggerMemberContext(Connector connector, SwaggerDocument swagger, SwaggerNodeKind ownerKind, JsonProperty member, JsonPath path, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => (Swagger, OwnerKind, Member, _place) = (swagger, ownerKind, member, path.Here);

    /// <summary>The swagger's view.</summary>
    public SwaggerDocument Swagger { get; }

    /// <summary>What the object holding the member is.</summary>
    public SwaggerNodeKind OwnerKind { get; }

    /// <summary>The member, read in place: compare its name with <see cref="Utf8Text.Name"/> or <see cref="JsonProperty.NameEquals(ReadOnlySpan{byte})"/>.</summary>
    public JsonProperty Member { get; }

    /// <summary>The steps from the document's root to the owner (during the action only).</summary>
    public JsonPath Path => _place.Path;

    /// <summary>The owner, located.</summary>
    public SourceElement Owner => _place.Path.Element;

    /// <summary>The member's value, located (this builds its pointer: ask for it to report).</summary>
    public SourceElement Element => _place.Path.Element.Member(Member);
}

/// <summary>The context of an apiProperties action: called once with apiProperties.json when it could be read.</summary>
public sealed class ApiPropertiesContext : ConnectorContext
{
    internal ApiPropertiesContext(Connector connector, SourceElement root, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => Root = root;

    /// <summary>The root of apiProperties.json (any JSON value).</summary>
    public SourceElement Root { get; }
}

/// <summary>The context of an additional-file action: a readme, intro, icon, script, settings file, or the swagger's text.</summary>
public sealed class AdditionalFileContext : ConnectorContext
{
    internal AdditionalFileContext(Connector connector, ConnectorFile file, ReadOnlyMemory<byte> content, string? text, SourceElement? json, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => (File, Content, Text, Json) = (file, content, text, json);

    /// <summary>The file.</summary>
    public ConnectorFile File { get; }

    /// <summary>The raw bytes (the icon's pixels, a script's BOM).</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>The decoded text of a text or JSON file (for JSON, the text its positions refer to: BOM removed, transcoded from Windows-1252 if it is not UTF-8), else null.</summary>
    public string? Text { get; }

    /// <summary>The root of a JSON file that could be read, else null.</summary>
    public SourceElement? Json { get; }
}

/// <summary>
/// The context of a baseline action: the connector compared with a previous version of itself. Called once per
/// connector, only when a baseline was given and its swagger reads as an OpenAPI 2.0 document.
/// </summary>
public sealed class BaselineContext : ConnectorContext
{
    internal BaselineContext(Connector connector, SwaggerDocument current, SwaggerDocument baseline, SourceElement? baselineApiProperties, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(connector, report, cancellationToken) => (Current, Baseline, BaselineApiProperties) = (current, baseline, baselineApiProperties);

    /// <summary>The swagger under analysis.</summary>
    public SwaggerDocument Current { get; }

    /// <summary>The previous version's swagger (its elements are in the baseline's file: report in <see cref="Current"/>).</summary>
    public SwaggerDocument Baseline { get; }

    /// <summary>The previous version's apiProperties.json root when the baseline is a connector folder or a git revision, else null.</summary>
    public SourceElement? BaselineApiProperties { get; }
}
