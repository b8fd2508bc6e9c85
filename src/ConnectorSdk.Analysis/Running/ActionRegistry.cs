namespace ConnectorSdk.Analysis.Running;

/// <summary>An action and the analyzer that registered it.</summary>
/// <remarks>A class, not a struct: collections of it then share the framework's precompiled code instead of being compiled at start-up.</remarks>
internal sealed record RegisteredAction<TContext>(ConnectorAnalyzer Analyzer, Action<TContext> Action);

/// <summary>An additional-file action and the kind of file it is for.</summary>
internal sealed record AdditionalFileAction(ConnectorFileKind Kind, RegisteredAction<AdditionalFileContext> Action);

/// <summary>The actions registered by analyzers, grouped by what they are called for.</summary>
internal sealed class ActionRegistry
{
    public List<RegisteredAction<ConnectorStartContext>> ConnectorStart { get; } = [];
    public List<RegisteredAction<ConnectorContext>> ConnectorEnd { get; } = [];
    public List<RegisteredAction<SwaggerContext>> Swagger { get; } = [];
    public List<RegisteredAction<OperationContext>> Operation { get; } = [];
    public List<RegisteredAction<ParameterContext>> Parameter { get; } = [];
    public List<RegisteredAction<ResponseContext>> Response { get; } = [];
    public List<RegisteredAction<SchemaContext>> Schema { get; } = [];
    public List<RegisteredAction<ApiPropertiesContext>> ApiProperties { get; } = [];
    public List<AdditionalFileAction> AdditionalFile { get; } = [];
    public List<RegisteredAction<BaselineContext>> Baseline { get; } = [];

    public ActionRegistry Copy() => new ActionRegistry().Add(this);

    /// <summary>Adds every action of <paramref name="other"/>, after those already here.</summary>
    public ActionRegistry Add(ActionRegistry other)
    {
        ConnectorStart.AddRange(other.ConnectorStart);
        ConnectorEnd.AddRange(other.ConnectorEnd);
        Swagger.AddRange(other.Swagger);
        Operation.AddRange(other.Operation);
        Parameter.AddRange(other.Parameter);
        Response.AddRange(other.Response);
        Schema.AddRange(other.Schema);
        ApiProperties.AddRange(other.ApiProperties);
        AdditionalFile.AddRange(other.AdditionalFile);
        Baseline.AddRange(other.Baseline);
        return this;
    }
}

/// <summary>The registration surface handed to one analyzer's <see cref="ConnectorAnalyzer.Initialize"/>.</summary>
internal class RegistrationContext(ActionRegistry registry, ConnectorAnalyzer analyzer) : ConnectorAnalysisContext
{
    public override void RegisterConnectorStartAction(Action<ConnectorStartContext> action) => registry.ConnectorStart.Add(new(analyzer, action));
    public override void RegisterConnectorEndAction(Action<ConnectorContext> action) => registry.ConnectorEnd.Add(new(analyzer, action));
    public override void RegisterSwaggerAction(Action<SwaggerContext> action) => registry.Swagger.Add(new(analyzer, action));
    public override void RegisterOperationAction(Action<OperationContext> action) => registry.Operation.Add(new(analyzer, action));
    public override void RegisterParameterAction(Action<ParameterContext> action) => registry.Parameter.Add(new(analyzer, action));
    public override void RegisterResponseAction(Action<ResponseContext> action) => registry.Response.Add(new(analyzer, action));
    public override void RegisterSchemaAction(Action<SchemaContext> action) => registry.Schema.Add(new(analyzer, action));
    public override void RegisterApiPropertiesAction(Action<ApiPropertiesContext> action) => registry.ApiProperties.Add(new(analyzer, action));
    public override void RegisterAdditionalFileAction(ConnectorFileKind kind, Action<AdditionalFileContext> action) => registry.AdditionalFile.Add(new(kind, new(analyzer, action)));
    public override void RegisterBaselineAction(Action<BaselineContext> action) => registry.Baseline.Add(new(analyzer, action));
}

/// <summary>A connector start: registrations made here go into this connector's own registry.</summary>
internal sealed class StartContext(ActionRegistry registry, ConnectorAnalyzer analyzer, Connector connector, CancellationToken cancellationToken)
    : ConnectorStartContext
{
    private readonly RegistrationContext _registration = new(registry, analyzer);

    public override Connector Connector => connector;
    public override CancellationToken CancellationToken => cancellationToken;
    public override void RegisterConnectorStartAction(Action<ConnectorStartContext> action)
        => throw new InvalidOperationException("A connector start action cannot register another start action.");
    public override void RegisterConnectorEndAction(Action<ConnectorContext> action) => _registration.RegisterConnectorEndAction(action);
    public override void RegisterSwaggerAction(Action<SwaggerContext> action) => _registration.RegisterSwaggerAction(action);
    public override void RegisterOperationAction(Action<OperationContext> action) => _registration.RegisterOperationAction(action);
    public override void RegisterParameterAction(Action<ParameterContext> action) => _registration.RegisterParameterAction(action);
    public override void RegisterResponseAction(Action<ResponseContext> action) => _registration.RegisterResponseAction(action);
    public override void RegisterSchemaAction(Action<SchemaContext> action) => _registration.RegisterSchemaAction(action);
    public override void RegisterApiPropertiesAction(Action<ApiPropertiesContext> action) => _registration.RegisterApiPropertiesAction(action);
    public override void RegisterAdditionalFileAction(ConnectorFileKind kind, Action<AdditionalFileContext> action) => _registration.RegisterAdditionalFileAction(kind, action);
    public override void RegisterBaselineAction(Action<BaselineContext> action) => _registration.RegisterBaselineAction(action);
}
