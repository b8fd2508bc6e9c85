using System.Text.Json.Nodes;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;
using Microsoft.OpenApi;

namespace ConnectorSdk.Rules.BreakingChanges.Comparison;

/// <summary>
/// Compares two swaggers read by Microsoft.OpenApi: operations matched by operationId (a new id on the same path and
/// method is a rename), parameters merged from the path item (the operation's winning by name and location), the body
/// and the success responses' schemas compared field by field.
/// </summary>
internal sealed class SwaggerComparer(OpenApiDocument previous, OpenApiDocument current, NewFile file, List<Change> changes)
{
    private const string Internal = "internal";
    private static readonly string[] DynamicExtensions = ["x-ms-dynamic-values", "x-ms-dynamic-list", "x-ms-dynamic-schema", "x-ms-dynamic-properties", "x-ms-dynamic-tree"];

    public void Compare()
    {
        var before = Operations(previous);
        var after = Operations(current);
        var afterById = after.Where(o => o.Id is not null).GroupBy(o => o.Id!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var afterByPlace = after.GroupBy(o => o.Place, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var previousIds = before.Select(o => o.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var old in before)
        {
            if (old.Id is not null && afterById.TryGetValue(old.Id, out var matched))
            {
                if (old.Place != matched.Place)
                {
                    changes.Add(new(ChangeKind.OperationPathChanged, NameOf(matched), old.Name, old.Display, matched.Display));
                }

                CompareOperation(old, matched);
            }
            else if (afterByPlace.TryGetValue(old.Place, out var renamed) && (renamed.Id is null || !previousIds.Contains(renamed.Id)))
            {
                changes.Add(new(ChangeKind.OperationIdChanged, file.At(file.Operation(renamed.Path, renamed.Method)?.Element, "operationId"), renamed.Display, old.Id ?? "(none)", renamed.Id ?? "(none)"));
                CompareOperation(old, renamed);
            }
            else
            {
                var where = file.PathItem(old.Path) is { } pathItem ? pathItem.NameLocation : file.File;
                changes.Add(new(ChangeKind.OperationDeleted, where, old.Name, old.Display));
            }
        }
    }

    private Location NameOf(Operation operation) => file.Operation(operation.Path, operation.Method) is { } found ? found.Element.NameLocation : file.File;

    private void CompareOperation(Operation old, Operation @new)
    {
        var view = file.Operation(@new.Path, @new.Method);
        var name = @new.Name;
        var oldTrigger = Extension(old.Value.Extensions, "x-ms-trigger");
        var newTrigger = Extension(@new.Value.Extensions, "x-ms-trigger");
        if (!string.Equals(oldTrigger, newTrigger, StringComparison.OrdinalIgnoreCase))
        {
            changes.Add(new(ChangeKind.TriggerChanged, file.At(view?.Element, "x-ms-trigger"), name, oldTrigger ?? "none", newTrigger ?? "none"));
        }

        if (BecameInternal(old.Value.Extensions, @new.Value.Extensions) is { } visibility)
        {
            changes.Add(new(ChangeKind.OperationMadeInternal, file.At(view?.Element, "x-ms-visibility"), name, visibility));
        }

        CompareParameters(old, @new, view);
        CompareBodies(old.Value.RequestBody, @new.Value.RequestBody, name, view);
        CompareResponses(old.Value, @new.Value, name, view);
    }

    private void CompareParameters(Operation old, Operation @new, SwaggerOperation? view)
    {
        var before = Parameters(old);
        var after = Parameters(@new);
        var unmatchedAfter = after.Where(q => !before.Any(p => p.Name == q.Name)).ToList();
        var removed = new List<IOpenApiParameter>();
        foreach (var parameter in before)
        {
            var sameName = after.Where(q => q.Name == parameter.Name).ToList();
            if ((sameName.FirstOrDefault(q => q.In == parameter.In) ?? sameName.FirstOrDefault()) is not { } match)
            {
                removed.Add(parameter);
                continue;
            }

            var element = NewFile.Parameter(view, match.Name!, LocationName(match.In));
            if (match.In != parameter.In)
            {
                changes.Add(new(ChangeKind.ParameterLocationChanged, file.At(element, "in"), parameter.Name, @new.Name, LocationName(parameter.In), LocationName(match.In)));
            }

            CompareParameter(parameter, match, @new.Name, element);
        }

        foreach (var parameter in removed)
        {
            // A rename: the only parameter removed from a location and the only one added there.
            var candidates = unmatchedAfter.Where(q => q.In == parameter.In).ToList();
            if (candidates.Count == 1 && removed.Count(p => p.In == parameter.In) == 1)
            {
                var renamed = candidates[0];
                unmatchedAfter.Remove(renamed);
                var element = NewFile.Parameter(view, renamed.Name!, LocationName(renamed.In));
                changes.Add(new(ChangeKind.ParameterRenamed, file.At(element, "name"), parameter.Name, @new.Name, renamed.Name));
                CompareParameter(parameter, renamed, @new.Name, element);
            }
            else
            {
                changes.Add(new(ChangeKind.ParameterRemoved, view is null ? file.File : view.Element.NameLocation, parameter.Name, @new.Name, LocationName(parameter.In)));
            }
        }

        foreach (var added in unmatchedAfter)
        {
            if (added.Required && !IsFilledByThePlatform(added.Extensions, added.Schema))
            {
                var element = NewFile.Parameter(view, added.Name!, LocationName(added.In));
                changes.Add(new(ChangeKind.RequiredParameterAdded, file.At(element), added.Name, @new.Name, LocationName(added.In)));
            }
        }
    }

    private void CompareParameter(IOpenApiParameter old, IOpenApiParameter @new, string operation, SourceElement? element)
    {
        if (!old.Required && @new.Required && !IsFilledByThePlatform(@new.Extensions, @new.Schema))
        {
            changes.Add(new(ChangeKind.InputBecameRequired, file.At(element, "required"), @new.Name, operation));
        }

        if (BecameInternal(old.Extensions, @new.Extensions) is { } visibility)
        {
            changes.Add(new(ChangeKind.InputMadeInternal, file.At(element, "x-ms-visibility"), @new.Name, operation, visibility));
        }

        CompareDynamicSources(old.Extensions, @new.Extensions, @new.Name!, operation, element);
        if (old.Schema is { } oldSchema && @new.Schema is { } newSchema && !IsFilledByThePlatform(@new.Extensions, newSchema))
        {
            new SchemaComparer(this, operation, element?.Location ?? file.File, null).CompareInput(oldSchema, newSchema, @new.Name!, element, 0);
        }
    }

    private void CompareBodies(IOpenApiRequestBody? old, IOpenApiRequestBody? @new, string operation, SwaggerOperation? view)
    {
        var bodyView = view?.Parameters.FirstOrDefault(p => p.In == "body")?.Element;
        if (old is null)
        {
            if (@new is { Required: true } added && !IsFilledByThePlatform(added.Extensions, null))
            {
                changes.Add(new(ChangeKind.RequiredParameterAdded, file.At(bodyView), BodyName(added), operation, "body"));
            }

            return;
        }

        if (@new is null)
        {
            changes.Add(new(ChangeKind.ParameterRemoved, view is null ? file.File : view.Element.NameLocation, BodyName(old), operation, "body"));
            return;
        }

        if (!old.Required && @new.Required)
        {
            changes.Add(new(ChangeKind.InputBecameRequired, file.At(bodyView, "required"), BodyName(@new), operation));
        }

        if (BecameInternal(old.Extensions, @new.Extensions) is { } visibility)
        {
            changes.Add(new(ChangeKind.InputMadeInternal, file.At(bodyView, "x-ms-visibility"), BodyName(@new), operation, visibility));
        }

        if (Schema(old.Content) is { } oldSchema && Schema(@new.Content) is { } newSchema)
        {
            // formData parameters become a form body in Microsoft.OpenApi's model: their fields are parameters of the new file.
            var isForm = bodyView is null && view?.Parameters.Any(p => p.In == "formData") == true;
            var schemaView = isForm ? null : NewFile.Member(bodyView, "schema");
            new SchemaComparer(this, operation, view?.Element.NameLocation ?? file.File, isForm ? view : null).CompareInput(oldSchema, newSchema, isForm ? "" : BodyName(@new), schemaView, 0);
        }
    }

    private void CompareResponses(OpenApiOperation old, OpenApiOperation @new, string operation, SwaggerOperation? view)
    {
        foreach (var (statusCode, response) in old.Responses ?? [])
        {
            if (!statusCode.StartsWith('2') || Schema(response.Content) is not { } oldSchema || @new.Responses?.TryGetValue(statusCode, out var newResponse) != true)
            {
                continue;
            }

            var element = NewFile.Response(view, statusCode);
            if (Schema(newResponse!.Content) is not { } newSchema)
            {
                changes.Add(new(ChangeKind.OutputRemoved, file.At(element), "body", operation));
                continue;
            }

            new SchemaComparer(this, operation, file.At(element), null).CompareOutput(oldSchema, newSchema, "body", NewFile.Member(element, "schema"), 0);
        }
    }

    internal void CompareDynamicSources(IDictionary<string, IOpenApiExtension>? old, IDictionary<string, IOpenApiExtension>? @new, string name, string operation, SourceElement? element)
    {
        foreach (var extension in DynamicExtensions)
        {
            var before = DynamicOperation(old, extension);
            if (before is not null && !string.Equals(before, DynamicOperation(@new, extension), StringComparison.Ordinal))
            {
                changes.Add(new(ChangeKind.DynamicSourceChanged, file.At(element, extension), extension, name, operation, before, DynamicOperation(@new, extension) ?? "(none)"));
            }
        }
    }

    /// <summary>An input the platform fills itself: internal with a default, so existing flows need not send it.</summary>
    internal static bool IsFilledByThePlatform(IDictionary<string, IOpenApiExtension>? extensions, IOpenApiSchema? schema)
        => string.Equals(Extension(extensions, "x-ms-visibility"), Internal, StringComparison.OrdinalIgnoreCase) && schema?.Default is not null;

    internal static string? BecameInternal(IDictionary<string, IOpenApiExtension>? old, IDictionary<string, IOpenApiExtension>? @new)
    {
        var before = Extension(old, "x-ms-visibility");
        return string.Equals(Extension(@new, "x-ms-visibility"), Internal, StringComparison.OrdinalIgnoreCase) && !string.Equals(before, Internal, StringComparison.OrdinalIgnoreCase)
            ? before ?? "none"
            : null;
    }

    internal static string? Extension(IDictionary<string, IOpenApiExtension>? extensions, string name)
        => extensions?.TryGetValue(name, out var value) == true && value is JsonNodeExtension { Node: JsonValue node } && node.TryGetValue(out string? text) ? text : null;

    private static string? DynamicOperation(IDictionary<string, IOpenApiExtension>? extensions, string name)
        => extensions?.TryGetValue(name, out var value) == true && value is JsonNodeExtension { Node: JsonObject node } && node["operationId"] is JsonValue id && id.TryGetValue(out string? text) ? text : null;

    private static string BodyName(IOpenApiRequestBody body) => Extension(body.Extensions, "x-bodyName") ?? "body";

    private static IOpenApiSchema? Schema(IDictionary<string, IOpenApiMediaType>? content) => content?.Values.Select(m => m.Schema).FirstOrDefault(s => s is not null);

    private static string LocationName(ParameterLocation? location) => location?.ToString().ToLowerInvariant() ?? "body";

    /// <summary>The operation's parameters, its path item's among them (<see cref="VersionComparison"/> merged them).</summary>
    private static List<IOpenApiParameter> Parameters(Operation operation) => [.. (operation.Value.Parameters ?? []).Where(p => p.Name is not null)];

    private static List<Operation> Operations(OpenApiDocument document)
        => [.. (document.Paths ?? []).SelectMany(path => (path.Value.Operations ?? []).Select(o => new Operation(path.Key, o.Key.Method.ToLowerInvariant(), o.Value)))];

    internal void Add(Change change) => changes.Add(change);

    internal NewFile File => file;

    /// <summary>An operation of one version: its path and method.</summary>
    private sealed record Operation(string Path, string Method, OpenApiOperation Value)
    {
        public string? Id => Value.OperationId;

        public string Display => $"{Method.ToUpperInvariant()} {Path}";

        /// <summary>How the operation is named in messages: its operationId, else its method and path.</summary>
        public string Name => Id ?? Display;

        /// <summary>Method and path template, variables unnamed: renaming a path variable is the parameter's change, not the path's.</summary>
        public string Place => Method + " " + UnnamedVariables(Path);

        private static string UnnamedVariables(string path)
        {
            var unnamed = new System.Text.StringBuilder(path.Length);
            var inVariable = false;
            foreach (var c in path)
            {
                inVariable = c == '{' || (inVariable && c != '}');
                if (!inVariable || c == '{')
                {
                    unnamed.Append(c);
                }
            }

            return unnamed.ToString();
        }
    }
}
