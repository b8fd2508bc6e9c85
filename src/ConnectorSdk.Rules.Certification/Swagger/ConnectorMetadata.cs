using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// The top-level <c>x-ms-connector-metadata</c> array: items <c>{ "propertyName": ..., "propertyValue": ... }</c>.
/// Items, and their keys, are found ignoring case, as the platform reads them, so that a name or key in another
/// letter case is reported once (PPC1046) and its value is still checked. Microsoft's own connectors are not held
/// to the metadata (a verified-publisher submission requirement): for them the rules find none.
/// </summary>
internal static class ConnectorMetadata
{
    public const string Extension = "x-ms-connector-metadata";
    public const string PropertyName = "propertyName";
    public const string PropertyValue = "propertyValue";
    public const string Website = "Website";
    public const string PrivacyPolicy = "Privacy policy";
    public const string Categories = "Categories";

    /// <summary>The items certification requires, with their exact names.</summary>
    public static readonly IReadOnlyList<string> RequiredNames = [Website, PrivacyPolicy, Categories];

    /// <summary>The names whose value is a web address.</summary>
    public static readonly IReadOnlyList<string> UrlNames = [Website, PrivacyPolicy];

    /// <summary>The keys of an item, as documented.</summary>
    public static readonly IReadOnlyList<string> Keys = [PropertyName, PropertyValue];

    /// <summary>One item with a string <c>propertyName</c> (a class: LINQ over a struct is compiled at every start-up).</summary>
    public sealed record Item(SourceElement Element, SourceElement Name, string NameText)
    {
        public bool TryGetValue(out SourceElement value) => TryGetKey(Element, PropertyValue, out value);
    }

    /// <summary>The extension when it is an array, and the connector is not Microsoft's own.</summary>
    public static bool TryGetArray(SwaggerContext context, out SourceElement metadata)
    {
        metadata = default;
        return !context.Connector.IsMicrosoftPublished
            && context.Swagger.Root.TryGetProperty(Extension, out metadata) && metadata.Kind == JsonValueKind.Array;
    }

    /// <summary>The object items with a string propertyName (other items are not metadata the platform can read).</summary>
    public static IEnumerable<Item> Items(SourceElement metadata)
    {
        foreach (var element in metadata.EnumerateItems())
        {
            if (TryGetKey(element, PropertyName, out var name) && name.Kind == JsonValueKind.String)
            {
                yield return new Item(element, name, name.Value.GetString() ?? "");
            }
        }
    }

    /// <summary>The items named <paramref name="name"/> in any letter case.</summary>
    public static IEnumerable<Item> Find(SwaggerContext context, string name)
        => TryGetArray(context, out var metadata)
            ? Items(metadata).Where(item => string.Equals(item.NameText.Trim(), name, StringComparison.OrdinalIgnoreCase))
            : [];

    /// <summary>An item's key (<c>propertyName</c>, <c>propertyValue</c>) in any letter case: the documented spelling first.</summary>
    public static bool TryGetKey(SourceElement item, string key, out SourceElement member)
    {
        if (item.TryGetProperty(key, out member))
        {
            return true;
        }

        foreach (var property in item.EnumerateProperties())
        {
            if (string.Equals(property.Name, key, StringComparison.OrdinalIgnoreCase))
            {
                member = property;
                return true;
            }
        }

        return false;
    }

    /// <summary>The string value of the Categories item (any letter case), split on ';', trimmed, empty entries dropped.</summary>
    public static bool TryGetCategories(SwaggerContext context, out SourceElement value, out IReadOnlyList<string> categories)
    {
        foreach (var item in Find(context, Categories))
        {
            if (item.TryGetValue(out value) && value.Kind == JsonValueKind.String)
            {
                categories = Split(value.Value.GetString() ?? "");
                return true;
            }
        }

        value = default;
        categories = [];
        return false;
    }

    public static IReadOnlyList<string> Split(string value) => value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The allowed category equal to <paramref name="category"/> ignoring case, if any.</summary>
    public static string? MatchCategory(string category)
        => ValueLists.Categories.FirstOrDefault(allowed => string.Equals(allowed, category, StringComparison.OrdinalIgnoreCase));
}
