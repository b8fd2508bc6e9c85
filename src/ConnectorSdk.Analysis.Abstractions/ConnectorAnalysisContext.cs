namespace ConnectorSdk.Analysis;

/// <summary>Where an analyzer registers the actions the engine dispatches to.</summary>
public abstract class ConnectorAnalysisContext
{
    /// <summary>Called once per connector before anything else; may register per-connector actions.</summary>
    public abstract void RegisterConnectorStartAction(Action<ConnectorStartContext> action);

    /// <summary>Called once per connector after every other action.</summary>
    public abstract void RegisterConnectorEndAction(Action<ConnectorContext> action);

    /// <summary>Called once with the swagger when it could be read.</summary>
    public abstract void RegisterSwaggerAction(Action<SwaggerContext> action);

    /// <summary>Called for every path × verb of the swagger, in file order.</summary>
    public abstract void RegisterOperationAction(Action<OperationContext> action);

    /// <summary>Called for every parameter of every operation: its own and its path item's, merged and <c>$ref</c> resolved.</summary>
    public abstract void RegisterParameterAction(Action<ParameterContext> action);

    /// <summary>Called for every response of every operation, <c>$ref</c> resolved.</summary>
    public abstract void RegisterResponseAction(Action<ResponseContext> action);

    /// <summary>
    /// Called for every schema object of the swagger, each once at the place it is written: definitions, parameter and
    /// response schemas, and what they nest under <c>properties</c>, <c>additionalProperties</c>, <c>items</c>,
    /// <c>allOf</c>, <c>anyOf</c>, <c>oneOf</c> and <c>not</c>.
    /// </summary>
    public abstract void RegisterSchemaAction(Action<SchemaContext> action);

    /// <summary>
    /// Called for every node of the given kinds (every kind when none is given) that the engine's one walk of the swagger
    /// reaches, in document order (Roslyn's <c>RegisterSyntaxNodeAction</c>). <see cref="Swagger.SwaggerModel"/> says
    /// what each kind holds.
    /// </summary>
    public abstract void RegisterSwaggerNodeAction(Action<SwaggerNodeContext> action, params Swagger.SwaggerNodeKind[] kinds);

    /// <summary>Called for every member of every object of the given owner kinds (every kind when none is given) that the walk reaches.</summary>
    public abstract void RegisterSwaggerMemberAction(Action<SwaggerMemberContext> action, params Swagger.SwaggerNodeKind[] ownerKinds);

    /// <summary>Called for every extension member (<c>x-...</c>) of every object of the given owner kinds (every kind when none is given).</summary>
    public abstract void RegisterSwaggerExtensionAction(Action<SwaggerMemberContext> action, params Swagger.SwaggerNodeKind[] ownerKinds);

    /// <summary>Called once with apiProperties.json when it could be read.</summary>
    public abstract void RegisterApiPropertiesAction(Action<ApiPropertiesContext> action);

    /// <summary>Called for a readme, intro, icon, script or settings file that exists.</summary>
    public abstract void RegisterAdditionalFileAction(ConnectorFileKind kind, Action<AdditionalFileContext> action);

    /// <summary>Called when the connector is compared with a previous version of its swagger.</summary>
    public abstract void RegisterBaselineAction(Action<BaselineContext> action);
}

/// <summary>The start of one connector's analysis: registrations made here apply to this connector only.</summary>
public abstract class ConnectorStartContext : ConnectorAnalysisContext
{
    /// <summary>The connector whose analysis starts.</summary>
    public abstract Connector Connector { get; }

    /// <summary>Signalled when the host stops the analysis.</summary>
    public abstract CancellationToken CancellationToken { get; }
}
