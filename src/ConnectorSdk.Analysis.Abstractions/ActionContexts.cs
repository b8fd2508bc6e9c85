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

    /// <summary>The schema object as written (a <c>$ref</c> schema is visited as itself).</summary>
    public SourceElement Schema { get; internal set; }
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

    /// <summary>The decoded text of a text file, else null.</summary>
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
