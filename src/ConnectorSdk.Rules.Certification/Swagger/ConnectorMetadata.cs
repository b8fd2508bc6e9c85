using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// The top-level <c>x-ms-connector-metadata</c> array: items <c>{ "propertyName": ..., "propertyValue": ... }</c>.
/// Items are found by name ignoring case, so that a name in the wrong case is reported once (PPC1046)
/// and its value is still checked.
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

    /// <summary>One item with a string <c>propertyName</c> (a class: LINQ over a struct is compiled at every start-up).</summary>
    public sealed record Item(SourceElement Element, SourceElement Name, string NameText)
    {
        public bool TryGetValue(out SourceElement value) => Element.TryGetProperty(PropertyValue, out value);
    }

    /// <summary>The extension when it is an array.</summary>
    public static bool TryGetArray(SourceElement root, out SourceElement metadata)
        => root.TryGetProperty(Extension, out metadata) && metadata.Kind == JsonValueKind.Array;

    /// <summary>The object items with a string propertyName (other items are not metadata the platform can read).</summary>
    public static IEnumerable<Item> Items(SourceElement metadata)
    {
        foreach (var element in metadata.EnumerateItems())
        {
            if (element.TryGetProperty(PropertyName, out var name) && name.Kind == JsonValueKind.String)
            {
                yield return new Item(element, name, name.Value.GetString() ?? "");
            }
        }
    }

    /// <summary>The items named <paramref name="name"/> in any letter case.</summary>
    public static IEnumerable<Item> Find(SourceElement root, string name)
        => TryGetArray(root, out var metadata)
            ? Items(metadata).Where(item => string.Equals(item.NameText.Trim(), name, StringComparison.OrdinalIgnoreCase))
            : [];

    /// <summary>The string value of the Categories item (any letter case), split on ';', trimmed, empty entries dropped.</summary>
    public static bool TryGetCategories(SourceElement root, out SourceElement value, out IReadOnlyList<string> categories)
    {
        foreach (var item in Find(root, Categories))
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
