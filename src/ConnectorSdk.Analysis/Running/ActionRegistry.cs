using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Analysis.Running;

/// <summary>An action and the analyzer that registered it.</summary>
/// <remarks>A class, not a struct: collections of it then share the framework's precompiled code instead of being compiled at start-up.</remarks>
internal sealed record RegisteredAction<TContext>(ConnectorAnalyzer Analyzer, Action<TContext> Action);

/// <summary>An additional-file action and the kind of file it is for.</summary>
internal sealed record AdditionalFileAction(ConnectorFileKind Kind, RegisteredAction<AdditionalFileContext> Action);

/// <summary>A walk action and the kinds of node it is for, as bits (1 &lt;&lt; kind; every kind when none was given).</summary>
internal sealed record KindAction<TContext>(uint Kinds, RegisteredAction<TContext> Action)
{
    public static uint Mask(SwaggerNodeKind[] kinds)
    {
        if (kinds is null || kinds.Length == 0)
        {
            return uint.MaxValue;
        }

        var mask = 0u;
        foreach (var kind in kinds)
        {
            mask |= 1u << (int)kind;
        }

        return mask;
    }
}

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
    public List<KindAction<SwaggerNodeContext>> SwaggerNode { get; } = [];
    public List<KindAction<SwaggerMemberContext>> SwaggerMember { get; } = [];
    public List<KindAction<SwaggerMemberContext>> SwaggerExtension { get; } = [];
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
        SwaggerNode.AddRange(other.SwaggerNode);
        SwaggerMember.AddRange(other.SwaggerMember);
        SwaggerExtension.AddRange(other.SwaggerExtension);
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
    public override void RegisterSwaggerNodeAction(Action<SwaggerNodeContext> action, params SwaggerNodeKind[] kinds) => registry.SwaggerNode.Add(new(KindAction<SwaggerNodeContext>.Mask(kinds), new(analyzer, action)));
    public override void RegisterSwaggerMemberAction(Action<SwaggerMemberContext> action, params SwaggerNodeKind[] ownerKinds) => registry.SwaggerMember.Add(new(KindAction<SwaggerMemberContext>.Mask(ownerKinds), new(analyzer, action)));
    public override void RegisterSwaggerExtensionAction(Action<SwaggerMemberContext> action, params SwaggerNodeKind[] ownerKinds) => registry.SwaggerExtension.Add(new(KindAction<SwaggerMemberContext>.Mask(ownerKinds), new(analyzer, action)));
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
    public override void RegisterSwaggerNodeAction(Action<SwaggerNodeContext> action, params SwaggerNodeKind[] kinds) => _registration.RegisterSwaggerNodeAction(action, kinds);
    public override void RegisterSwaggerMemberAction(Action<SwaggerMemberContext> action, params SwaggerNodeKind[] ownerKinds) => _registration.RegisterSwaggerMemberAction(action, ownerKinds);
    public override void RegisterSwaggerExtensionAction(Action<SwaggerMemberContext> action, params SwaggerNodeKind[] ownerKinds) => _registration.RegisterSwaggerExtensionAction(action, ownerKinds);
    public override void RegisterApiPropertiesAction(Action<ApiPropertiesContext> action) => _registration.RegisterApiPropertiesAction(action);
    public override void RegisterAdditionalFileAction(ConnectorFileKind kind, Action<AdditionalFileContext> action) => _registration.RegisterAdditionalFileAction(kind, action);
    public override void RegisterBaselineAction(Action<BaselineContext> action) => _registration.RegisterBaselineAction(action);
}
