using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;
using Microsoft.OpenApi;

namespace ConnectorSdk.Rules.BreakingChanges.Comparison;

/// <summary>
/// Compares one input (a parameter, a body) or one output (a success response's body) of two versions of an operation,
/// field by field: properties (with <c>allOf</c>'s), items, types and formats, enums, required fields. References are
/// followed by Microsoft.OpenApi; a pair of schemas is compared once, so recursive definitions end.
/// </summary>
internal sealed class SchemaComparer(SwaggerComparer owner, string operation, Location fallback, SwaggerOperation? formParameters)
{
    private const int MaxDepth = 16;
    private readonly HashSet<(IOpenApiSchema, IOpenApiSchema)> _compared = [];

    public void CompareInput(IOpenApiSchema old, IOpenApiSchema @new, string name, SourceElement? where, int depth)
    {
        if (depth > MaxDepth || !_compared.Add((old, @new)))
        {
            return;
        }

        owner.CompareDynamicSources(old.Extensions, @new.Extensions, name, operation, where);
        if (TypeChange(old, @new) is { } type)
        {
            owner.Add(new(ChangeKind.InputTypeChanged, At(where, "type"), name, operation, type.Old, type.New));
            return;
        }

        var oldValues = Values(old);
        var newValues = Values(@new);
        if (oldValues.Count == 0 && newValues.Count > 0)
        {
            owner.Add(new(ChangeKind.InputEnumAdded, At(where, "enum"), name, operation, string.Join(", ", newValues)));
        }
        else if (oldValues.Count > 0 && newValues.Count > 0 && oldValues.Except(newValues).ToList() is { Count: > 0 } removed)
        {
            owner.Add(new(ChangeKind.InputEnumValuesRemoved, At(where, "enum"), name, operation, string.Join(", ", removed)));
        }

        var before = Properties(old);
        var after = Properties(@new);
        var requiredBefore = Required(old);
        var requiredAfter = Required(@new);
        foreach (var (key, property) in before)
        {
            if (property.ReadOnly)
            {
                continue; // Not an input: the service sets it.
            }

            var element = Property(where, key, depth);
            if (!after.TryGetValue(key, out var match))
            {
                owner.Add(new(ChangeKind.BodyPropertyRemoved, At(where, "properties"), Join(name, key), operation));
                continue;
            }

            var filled = SwaggerComparer.IsFilledByThePlatform(match.Extensions, match);
            if (!requiredBefore.Contains(key) && requiredAfter.Contains(key) && !filled)
            {
                owner.Add(new(ChangeKind.InputBecameRequired, At(where, "required"), Join(name, key), operation));
            }

            if (SwaggerComparer.BecameInternal(property.Extensions, match.Extensions) is { } visibility)
            {
                owner.Add(new(ChangeKind.InputMadeInternal, At(element, "x-ms-visibility"), Join(name, key), operation, visibility));
            }

            if (!filled)
            {
                CompareInput(property, match, Join(name, key), element, depth + 1);
            }
        }

        foreach (var (key, property) in after)
        {
            if (!before.ContainsKey(key) && requiredAfter.Contains(key) && !property.ReadOnly && !SwaggerComparer.IsFilledByThePlatform(property.Extensions, property))
            {
                owner.Add(new(ChangeKind.RequiredBodyPropertyAdded, At(Property(where, key, depth)), Join(name, key), operation));
            }
        }

        if (old.Items is { } oldItems && @new.Items is { } newItems)
        {
            CompareInput(oldItems, newItems, name + "[]", owner.File.Items(where), depth + 1);
        }
    }

    public void CompareOutput(IOpenApiSchema old, IOpenApiSchema @new, string name, SourceElement? where, int depth)
    {
        if (depth > MaxDepth || !_compared.Add((old, @new)))
        {
            return;
        }

        owner.CompareDynamicSources(old.Extensions, @new.Extensions, name, operation, where);
        if (IsDynamic(old) || IsDynamic(@new))
        {
            return; // The fields come from another operation at run time.
        }

        if (TypeChange(old, @new) is { } type)
        {
            owner.Add(new(ChangeKind.OutputTypeChanged, At(where, "type"), name, operation, type.Old, type.New));
            return;
        }

        if (Values(old) is { Count: > 0 } values && Values(@new).Count == 0 && !(TypeName(old) == "boolean" && values.Count == 2))
        {
            owner.Add(new(ChangeKind.OutputEnumRemoved, At(where), name, operation, string.Join(", ", values)));
        }

        var after = Properties(@new);
        foreach (var (key, property) in Properties(old))
        {
            if (!after.TryGetValue(key, out var match))
            {
                if (!string.Equals(SwaggerComparer.Extension(property.Extensions, "x-ms-visibility"), "internal", StringComparison.OrdinalIgnoreCase))
                {
                    owner.Add(new(ChangeKind.OutputRemoved, At(where, "properties"), Join(name, key), operation));
                }

                continue;
            }

            CompareOutput(property, match, Join(name, key), Property(where, key, depth), depth + 1);
        }

        if (old.Items is { } oldItems && @new.Items is { } newItems)
        {
            CompareOutput(oldItems, newItems, name + "[]", owner.File.Items(where), depth + 1);
        }
    }

    private Location At(SourceElement? element, string? member = null) => element is null ? fallback : owner.File.At(element, member);

    /// <summary>A property's place in the new file: a form's fields are the operation's formData parameters.</summary>
    private SourceElement? Property(SourceElement? schema, string key, int depth)
        => depth == 0 && formParameters is not null ? formParameters.Parameters.FirstOrDefault(p => p.Name == key)?.Element : owner.File.Property(schema, key);

    private static string Join(string name, string key) => name.Length == 0 ? key : name + "." + key;

    private static bool IsDynamic(IOpenApiSchema schema)
        => schema.Extensions?.ContainsKey("x-ms-dynamic-schema") == true || schema.Extensions?.ContainsKey("x-ms-dynamic-properties") == true;

    /// <summary>Type and format, when both versions say them: a type given where there was none is not a change of type.</summary>
    private static (string Old, string New)? TypeChange(IOpenApiSchema old, IOpenApiSchema @new)
    {
        if (TypeName(old) is not { } before || TypeName(@new) is not { } after)
        {
            return null;
        }

        var formatChanged = old.Format is { Length: > 0 } oldFormat && @new.Format is { Length: > 0 } newFormat && !string.Equals(oldFormat, newFormat, StringComparison.OrdinalIgnoreCase);
        return before != after || formatChanged ? (Describe(old), Describe(@new)) : null;
    }

    private static string? TypeName(IOpenApiSchema schema) => schema.Type?.ToString().ToLowerInvariant();

    private static string Describe(IOpenApiSchema schema) => schema.Format is { Length: > 0 } format ? $"{TypeName(schema)} ({format})" : TypeName(schema)!;

    private static List<string> Values(IOpenApiSchema schema) => schema.Enum?.Select(value => value?.ToJsonString() ?? "null").ToList() ?? [];

    /// <summary>A schema's properties with those of its <c>allOf</c> parts.</summary>
    private static Dictionary<string, IOpenApiSchema> Properties(IOpenApiSchema schema, int depth = 0)
    {
        var properties = schema.Properties is { } own ? new Dictionary<string, IOpenApiSchema>(own, StringComparer.Ordinal) : new(StringComparer.Ordinal);
        foreach (var part in depth < MaxDepth ? schema.AllOf ?? [] : [])
        {
            foreach (var (key, property) in Properties(part, depth + 1))
            {
                properties.TryAdd(key, property);
            }
        }

        return properties;
    }

    private static HashSet<string> Required(IOpenApiSchema schema, int depth = 0)
    {
        var required = new HashSet<string>(schema.Required ?? new HashSet<string>(), StringComparer.Ordinal);
        foreach (var part in depth < MaxDepth ? schema.AllOf ?? [] : [])
        {
            required.UnionWith(Required(part, depth + 1));
        }

        return required;
    }
}
