using System.Text;
using System.Text.Json;
using ConnectorSdk.Analysis.Configuration;
using ConnectorSdk.Analysis.Json;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Suppressions;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Analysis.Running;

/// <summary>One connector's analysis: read its files, dispatch to the actions, then locate and filter what was reported.</summary>
internal sealed class ConnectorRun : IDisposable
{
    private static readonly ConnectorFileKind[] RequiredFiles = [ConnectorFileKind.ApiDefinition, ConnectorFileKind.ApiProperties];

    private readonly ConnectorProject _project;
    private readonly AnalysisOptions _options;
    private readonly ActionRegistry _registry;
    private readonly IReadOnlyDictionary<ConnectorAnalyzer, HashSet<string>> _declaredIds;
    private readonly RunConfiguration _configuration;
    private readonly CancellationToken _cancellationToken;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<string, JsonReadResult> _jsonFiles = new(StringComparer.Ordinal);
    private readonly List<ProjectFile> _readable = [];
    private readonly HashSet<ConnectorAnalyzer> _failed = [];
    private readonly Dictionary<ConnectorAnalyzer, Action<Diagnostic>> _reporters = [];
    private StrayBraces.Diagnosis _swaggerStrayBraces = StrayBraces.None;

    public ConnectorRun(ConnectorProject project, AnalysisOptions options, ActionRegistry registry, IReadOnlySet<ConnectorAnalyzer> enabled, IReadOnlyDictionary<ConnectorAnalyzer, HashSet<string>> declaredIds, RunConfiguration configuration, CancellationToken cancellationToken)
    {
        _configuration = configuration;
        _project = project;
        _options = options;
        _registry = registry;
        _declaredIds = declaredIds;
        _cancellationToken = cancellationToken;
        _failed.UnionWith(declaredIds.Keys.Where(analyzer => !enabled.Contains(analyzer)));
    }

    public IReadOnlyList<Diagnostic> Execute(ConnectorProject? baseline, IReadOnlyList<Diagnostic> hostDiagnostics)
    {
        _diagnostics.AddRange(hostDiagnostics);
        foreach (var problem in _configuration.Problems)
        {
            Add(Diagnostic.Create(InfrastructureDiagnostics.InvalidConfiguration, Location.InText(problem.FilePath, problem.Span), Path.GetFileName(problem.FilePath), problem.Message));
        }

        var connector = ReadConnector();
        var registry = _registry.Copy();
        foreach (var start in registry.ConnectorStart)
        {
            Invoke(start, new StartContext(registry, start.Analyzer, connector, _cancellationToken), Location.InFile(connector.FolderPath));
        }

        DispatchAdditionalFiles(connector, registry);
        if (connector.Swagger is { } swagger)
        {
            DispatchSwagger(connector, swagger, registry);
            if (baseline is not null && ReadBaseline(baseline) is { } previous)
            {
                Dispatch(registry.Baseline, Where.Of(swagger.Root), report => new BaselineContext(connector, swagger, previous.Swagger, previous.ApiProperties, report, _cancellationToken));
            }
        }

        if (connector.ApiProperties is { } apiProperties)
        {
            Dispatch(registry.ApiProperties, Where.Of(apiProperties), report => new ApiPropertiesContext(connector, apiProperties, report, _cancellationToken));
        }

        Dispatch(registry.ConnectorEnd, Location.InFile(connector.FolderPath), report => new ConnectorContext(connector, report, _cancellationToken));
        return Finish();
    }

    public void Dispose()
    {
        foreach (var file in _jsonFiles.Values)
        {
            file.Dispose();
        }
    }

    private Connector ReadConnector()
    {
        // Loops rather than sets and LINQ over the kinds: generic code over an enum is compiled at every start-up.
        foreach (var kind in RequiredFiles)
        {
            if (FileOf(_project.Files, kind) is null && !(_project.IsSwaggerOnly && kind != ConnectorFileKind.ApiDefinition))
            {
                var expected = Location.InFile(Path.Combine(_project.FolderPath, ConnectorFile.ConventionalName(kind)));
                Add(kind == ConnectorFileKind.ApiDefinition && _project.MisnamedSwaggers.Count > 1
                    ? Diagnostic.Create(InfrastructureDiagnostics.SwaggersMisnamed, expected, string.Join(", ", _project.MisnamedSwaggers.Select(path => $"'{Path.GetFileName(path)}'")))
                    : Diagnostic.Create(InfrastructureDiagnostics.RequiredFileMissing, expected, ConnectorFile.ConventionalName(kind)));
            }
        }

        if (_project.MisnamedSwaggers is [var analyzedInstead])
        {
            Add(Diagnostic.Create(InfrastructureDiagnostics.SwaggerMisnamed, Location.InFile(analyzedInstead), Path.GetFileName(analyzedInstead)));
        }

        SourceElement? swaggerRoot = null, apiPropertiesRoot = null;
        var lengths = new long[_project.Files.Count];
        for (var i = 0; i < lengths.Length; i++)
        {
            var file = _project.Files[i];
            var length = lengths[i] = file.Length;
            if (length > _options.MaxFileSize)
            {
                Add(Diagnostic.Create(InfrastructureDiagnostics.FileTooLarge, Location.InFile(file.File.Path), FileName(file.File), length, _options.MaxFileSize));
                continue;
            }

            _readable.Add(file);
            if (file.File.IsJson)
            {
                var root = ReadJson(file.File, file.ReadAllBytes());
                if (file.File.Kind == ConnectorFileKind.ApiDefinition)
                {
                    swaggerRoot = root;
                }
                else if (file.File.Kind == ConnectorFileKind.ApiProperties)
                {
                    apiPropertiesRoot = root;
                }
            }
        }

        // Whatever the root is (even an array), the rules see it and say what is wrong with it.
        var swagger = swaggerRoot is { } parsed ? SwaggerDocumentReader.Read(parsed, _swaggerStrayBraces.MisplacedMembers) : null;
        return new Connector(_project.FolderPath, _project.Kind, _project.Files.Select(f => f.File).ToArray(), lengths, swagger, apiPropertiesRoot, IsMicrosoftPublished(apiPropertiesRoot, swaggerRoot), _configuration);
    }

    /// <summary>The override in the configuration of the swagger's place, else the detection.</summary>
    private bool IsMicrosoftPublished(SourceElement? apiProperties, SourceElement? swaggerRoot)
    {
        var swaggerPath = FileOf(_project.Files, ConnectorFileKind.ApiDefinition)?.File.Path ?? Path.Combine(_project.FolderPath, ConnectorFile.ConventionalName(ConnectorFileKind.ApiDefinition));
        return _configuration.TryGetValue(swaggerPath, MicrosoftPublisher.OverrideKey, out var setting) && MicrosoftPublisher.ParseOverride(setting) is { } configured
            ? configured
            : MicrosoftPublisher.Detect(apiProperties, swaggerRoot);
    }

    /// <summary>
    /// The previous version's swagger, and its apiProperties when the baseline is a folder; a swagger that is not JSON
    /// (even leniently) or not OpenAPI 2.0 is PPC0010 with the reason, never a finding inside the baseline.
    /// </summary>
    private (SwaggerDocument Swagger, SourceElement? ApiProperties)? ReadBaseline(ConnectorProject baseline)
    {
        if (FileOf(baseline.Files, ConnectorFileKind.ApiDefinition) is not { } file)
        {
            Add(Diagnostic.Create(InfrastructureDiagnostics.BaselineUnreadable, Location.InFile(baseline.FolderPath), baseline.FolderPath, "it holds no apiDefinition.swagger.json"));
            return null;
        }

        var read = ReadBaselineJson(file);
        var problem = read.Document is null ? JsonProblemDiagnostics.For(read, file.File.Path).FirstOrDefault(d => d.Id == InfrastructureDiagnostics.JsonUnreadable.Id)?.GetMessage() ?? "it is not JSON"
            : read.Document.RootElement is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("swagger"u8, out var version) || !version.ValueEquals("2.0"u8) ? "it is not an OpenAPI 2.0 document (\"swagger\": \"2.0\")"
            : null;
        if (problem is not null)
        {
            Add(Diagnostic.Create(InfrastructureDiagnostics.BaselineUnreadable, Location.InFile(file.File.Path), file.File.Path, problem));
            return null;
        }

        var swagger = SwaggerDocumentReader.Read(new SourceElement(file.File, read.Document!.RootElement, JsonPointer.Root));
        var apiProperties = FileOf(baseline.Files, ConnectorFileKind.ApiProperties) is { } properties && ReadBaselineJson(properties).Document is { } document
            ? new SourceElement(properties.File, document.RootElement, JsonPointer.Root)
            : (SourceElement?)null;
        return (swagger, apiProperties);
    }

    /// <summary>A baseline file, read leniently and kept for the run; its problems are not the connector's.</summary>
    private JsonReadResult ReadBaselineJson(ProjectFile file)
    {
        var result = LenientJsonReader.Read(file.ReadAllBytes());
        _jsonFiles[file.File.Path + "#baseline"] = result;
        return result;
    }

    private SourceElement? ReadJson(ConnectorFile file, byte[] content)
    {
        var result = LenientJsonReader.Read(content);
        _jsonFiles[file.Path] = result;
        var root = result.Document is { } document ? new SourceElement(file, document.RootElement, JsonPointer.Root) : (SourceElement?)null;
        var strayBraces = file.Kind == ConnectorFileKind.ApiDefinition && root is { } swaggerRoot ? StrayBraces.Find(swaggerRoot.Value) : StrayBraces.None;
        if (file.Kind == ConnectorFileKind.ApiDefinition)
        {
            _swaggerStrayBraces = strayBraces;
        }

        _diagnostics.AddRange(JsonProblemDiagnostics.For(result, file.Path, strayBraces));
        return root;
    }

    private void DispatchAdditionalFiles(Connector connector, ActionRegistry registry)
    {
        foreach (var file in connector.Files)
        {
            var actions = registry.AdditionalFile.Where(a => a.Kind == file.Kind && !_failed.Contains(a.Action.Analyzer)).Select(a => a.Action).ToList();
            if (actions.Count == 0 || FileOf(_readable, file.Kind) is not { } readable)
            {
                continue;
            }

            // Read only now that an action wants it: most runs never look at a readme's or an icon's bytes.
            var content = readable.ReadAllBytes();
            // A JSON file's text is the one its positions refer to: BOM removed, transcoded from Windows-1252 if it is not UTF-8.
            _jsonFiles.TryGetValue(file.Path, out var read);
            var text = read is not null ? Encoding.UTF8.GetString(read.Text.Span)
                : file.Kind is ConnectorFileKind.Readme or ConnectorFileKind.Intro or ConnectorFileKind.Script ? DecodeText(content) : null;
            SourceElement? json = read?.Document is { } document ? new SourceElement(file, document.RootElement, JsonPointer.Root) : null;
            Dispatch(actions, Location.InFile(file.Path), report => new AdditionalFileContext(connector, file, content, text, json, report, _cancellationToken));
        }
    }

    private void DispatchSwagger(Connector connector, SwaggerDocument swagger, ActionRegistry registry)
    {
        Dispatch(registry.Swagger, Where.Of(swagger.Root), report => new SwaggerContext(connector, swagger, report, _cancellationToken));
        foreach (var operation in swagger.Operations)
        {
            Dispatch(registry.Operation, Where.Of(operation.Element, LocationTarget.Name), report => new OperationContext(connector, swagger, operation, report, _cancellationToken));
            foreach (var parameter in operation.Parameters)
            {
                Dispatch(registry.Parameter, Where.Of(parameter.Declaration), report => new ParameterContext(connector, swagger, operation, parameter, report, _cancellationToken));
            }

            foreach (var response in operation.Responses)
            {
                Dispatch(registry.Response, Where.Of(response.Declaration, LocationTarget.Name), report => new ResponseContext(connector, swagger, operation, response, report, _cancellationToken));
            }
        }

        // The walk costs a pass over the whole document: only when an analyzer still running wants what it reaches.
        var walk = new WalkDispatcher(this, connector, swagger, registry);
        if (walk.NodeKinds != 0 || walk.MemberKinds != 0)
        {
            SwaggerWalk.Run(walk.Path, walk, walk.NodeKinds, walk.MemberKinds);
        }
    }

    private void Dispatch<TContext>(List<RegisteredAction<TContext>> actions, Where where, Func<Action<Diagnostic>, TContext> createContext)
    {
        foreach (var action in actions)
        {
            if (!_failed.Contains(action.Analyzer))
            {
                Invoke(action, createContext(ReporterFor(action.Analyzer)), where);
            }
        }
    }

    private void Invoke<TContext>(RegisteredAction<TContext> action, TContext context, Where where)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (_failed.Contains(action.Analyzer))
        {
            return;
        }

        try
        {
            action.Action(context);
        }
        catch (OperationCanceledException) when (_cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (UndeclaredDiagnosticException exception)
        {
            _failed.Add(action.Analyzer);
            var type = action.Analyzer.GetType();
            Add(Diagnostic.Create(InfrastructureDiagnostics.RulePackInvalid, where.Location, type.Assembly.GetName().Name, $"analyzer '{type.Name}' reported {exception.Id}, which it does not declare in SupportedDiagnostics; its other checks were skipped for this connector"));
        }
        catch (Exception exception)
        {
            _failed.Add(action.Analyzer);
            var type = action.Analyzer.GetType();
            Add(Diagnostic.Create(InfrastructureDiagnostics.AnalyzerFailed, where.Location, type.Assembly.GetName().Name, type.Name, exception.GetType().Name, exception.Message));
        }
    }

    /// <summary>One reporter per analyzer and run, not one per dispatched action.</summary>
    private Action<Diagnostic> ReporterFor(ConnectorAnalyzer analyzer)
    {
        if (!_reporters.TryGetValue(analyzer, out var reporter))
        {
            reporter = CreateReporter(analyzer);
            _reporters.Add(analyzer, reporter);
        }

        return reporter;
    }

    private Action<Diagnostic> CreateReporter(ConnectorAnalyzer analyzer) => diagnostic =>
    {
        if (!_declaredIds[analyzer].Contains(diagnostic.Id))
        {
            throw new UndeclaredDiagnosticException(diagnostic.Id);
        }

        Add(diagnostic);
    };

    private void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>
    /// The reported diagnostics at their configured severities, located; then the suppressions file, the last
    /// step, once every severity is known. What the file itself gives (its JSON problems, invalid and stale
    /// entries) is configured like every other diagnostic.
    /// </summary>
    private Diagnostic[] Finish()
    {
        var (findings, problems) = SuppressionFile.Read(_options.SuppressionsFile ?? Path.Combine(_project.FolderPath, SuppressionFile.FileName), _project.FolderPath, _options.FileSystem)
            .Apply(_diagnostics.Select(_configuration.Apply).OfType<Diagnostic>().Select(Locate), _project.FolderPath);
        return findings
            .Concat(problems.Select(_configuration.Apply).OfType<Diagnostic>())
            .DistinctBy(d => new Identity(d.Id, d.Location, d.GetMessage()))
            .OrderBy(d => d.Location.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span?.StartLine ?? 0)
            .ThenBy(d => d.Location.Span?.StartColumn ?? 0)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Turns a JSON pointer into a span, using the source map of the file the pointer is in.</summary>
    private Diagnostic Locate(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        return location is { JsonPointer: { } pointer, Span: null }
            && _jsonFiles.TryGetValue(location.FilePath, out var file)
            && file.SourceMap.TryGetSpan(pointer, location.Target, out var span)
                ? diagnostic.WithLocation(location with { Span = span })
                : diagnostic;
    }

    private static string FileName(ConnectorFile file) => Path.GetFileName(file.Path);

    private static ProjectFile? FileOf(IReadOnlyList<ProjectFile> files, ConnectorFileKind kind)
    {
        foreach (var file in files)
        {
            if (file.File.Kind == kind)
            {
                return file;
            }
        }

        return null;
    }

    /// <summary>What makes two diagnostics the same finding (a class: a tuple key would be compiled at every start-up).</summary>
    private sealed record Identity(string Id, Location Location, string Message);

    /// <summary>Where an action's failure is reported: a location, or an element or a walk's place whose location is built only then.</summary>
    private readonly struct Where(Location? location, SourceElement element, LocationTarget target, JsonPath? path = null, JsonProperty member = default)
    {
        public Location Location => location
            ?? (path is null ? Location.InJson(element.File.Path, element.Pointer, target)
                : target == LocationTarget.Name ? path.Element.Member(member).NameLocation
                : path.Element.Location);

        public static Where Of(SourceElement element, LocationTarget target = LocationTarget.Value) => new(null, element, target);

        /// <summary>The node the walk is at.</summary>
        public static Where Of(JsonPath path) => new(null, default, LocationTarget.Value, path);

        /// <summary>A member of the node the walk is at.</summary>
        public static Where Of(JsonPath path, JsonProperty member) => new(null, default, LocationTarget.Name, path, member);

        public static implicit operator Where(Location location) => new(location, default, default);
    }

    /// <summary>
    /// Dispatches what the walk reaches to the node, member, extension and schema actions. The hottest dispatch
    /// (thousands of nodes per connector), written out: one small immutable context per action called, and no closure
    /// per node.
    /// </summary>
    private sealed class WalkDispatcher : SwaggerWalk.IListener
    {
        private readonly ConnectorRun _run;
        private readonly Connector _connector;
        private readonly SwaggerDocument _swagger;
        private readonly List<KindAction<SwaggerNodeContext>> _nodeActions;
        private readonly Action<Diagnostic>[] _nodeReporters;
        private readonly List<RegisteredAction<SchemaContext>> _schemaActions;
        private readonly Action<Diagnostic>[] _schemaReporters;
        private readonly List<KindAction<SwaggerMemberContext>> _memberActions;
        private readonly Action<Diagnostic>[] _memberReporters;
        private readonly List<KindAction<SwaggerMemberContext>> _extensionActions;
        private readonly Action<Diagnostic>[] _extensionReporters;
        private readonly uint _extensionKinds;

        public WalkDispatcher(ConnectorRun run, Connector connector, SwaggerDocument swagger, ActionRegistry registry)
        {
            (_run, _connector, _swagger) = (run, connector, swagger);
            Path = new JsonPath(swagger.Root);
            _nodeActions = Running(registry.SwaggerNode);
            _nodeReporters = [.. _nodeActions.Select(a => run.ReporterFor(a.Action.Analyzer))];
            _schemaActions = registry.Schema.FindAll(a => !run._failed.Contains(a.Analyzer));
            _schemaReporters = [.. _schemaActions.Select(a => run.ReporterFor(a.Analyzer))];
            _memberActions = Running(registry.SwaggerMember);
            _memberReporters = [.. _memberActions.Select(a => run.ReporterFor(a.Action.Analyzer))];
            _extensionActions = Running(registry.SwaggerExtension);
            _extensionReporters = [.. _extensionActions.Select(a => run.ReporterFor(a.Action.Analyzer))];
            NodeKinds = KindsOf(_nodeActions) | (_schemaActions.Count > 0 ? SwaggerWalk.Bit(SwaggerNodeKind.Schema) : 0);
            _extensionKinds = KindsOf(_extensionActions);
            MemberKinds = KindsOf(_memberActions) | _extensionKinds;

            List<KindAction<T>> Running<T>(List<KindAction<T>> actions) => actions.FindAll(a => !run._failed.Contains(a.Action.Analyzer));
        }

        public JsonPath Path { get; }

        public uint NodeKinds { get; }

        public uint MemberKinds { get; }

        public void OnNode(SwaggerNodeKind kind, JsonPath path)
        {
            var bit = SwaggerWalk.Bit(kind);
            for (var i = 0; i < _nodeActions.Count; i++)
            {
                if ((_nodeActions[i].Kinds & bit) != 0)
                {
                    _run.Invoke(_nodeActions[i].Action, new SwaggerNodeContext(_connector, _swagger, kind, path, _nodeReporters[i], _run._cancellationToken), Where.Of(path));
                }
            }

            if (kind == SwaggerNodeKind.Schema && path.Current.ValueKind == JsonValueKind.Object)
            {
                for (var i = 0; i < _schemaActions.Count; i++)
                {
                    if (!_run._failed.Contains(_schemaActions[i].Analyzer))
                    {
                        _run.Invoke(_schemaActions[i], new SchemaContext(_connector, _swagger, path.Element, _schemaReporters[i], _run._cancellationToken), Where.Of(path));
                    }
                }
            }
        }

        public void OnMember(SwaggerNodeKind owner, JsonProperty member, JsonPath path)
        {
            var bit = SwaggerWalk.Bit(owner);
            Dispatch(_memberActions, _memberReporters, owner, bit, member, path);
            if ((_extensionKinds & bit) != 0 && SwaggerModel.IsExtension(member))
            {
                Dispatch(_extensionActions, _extensionReporters, owner, bit, member, path);
            }
        }

        private void Dispatch(List<KindAction<SwaggerMemberContext>> actions, Action<Diagnostic>[] reporters, SwaggerNodeKind owner, uint bit, JsonProperty member, JsonPath path)
        {
            for (var i = 0; i < actions.Count; i++)
            {
                if ((actions[i].Kinds & bit) != 0)
                {
                    _run.Invoke(actions[i].Action, new SwaggerMemberContext(_connector, _swagger, owner, member, path, reporters[i], _run._cancellationToken), Where.Of(path, member));
                }
            }
        }

        private static uint KindsOf<T>(List<KindAction<T>> actions)
        {
            var kinds = 0u;
            foreach (var action in actions)
            {
                kinds |= action.Kinds;
            }

            return kinds;
        }
    }

    /// <summary>Stops an analyzer that reports an id it does not declare (PPC0007, not an analyzer failure).</summary>
    private sealed class UndeclaredDiagnosticException(string id) : Exception($"{id} is not declared in SupportedDiagnostics.")
    {
        public string Id { get; } = id;
    }

    private static string DecodeText(byte[] content) => new UTF8Encoding(false).GetString(content.AsSpan(content.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0));
}
