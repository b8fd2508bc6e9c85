namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

/// <summary>Builds schema objects of a known size for the count and depth rules' tests.</summary>
internal static class SchemaJson
{
    /// <summary>An object schema with <paramref name="count"/> properties, each <paramref name="property"/>: 1 + count × size(property) schemas.</summary>
    public static string Object(int count, string property = """{ "type": "string" }""")
        => $$"""{ "type": "object", "properties": { {{string.Join(", ", Enumerable.Range(0, count).Select(i => $"\"p{i}\": {property}"))}} } }""";

    /// <summary>
    /// Definitions <c>D1</c>...<c>Dn</c> where each is an object whose one property refers to the next and the
    /// last is a string, so that <c>#/definitions/D1</c> nests <paramref name="depth"/> levels (the engine reads
    /// JSON up to 64 nested containers: deep schemas are written with references).
    /// </summary>
    public static string Chain(int depth)
        => string.Join(", ", Enumerable.Range(1, depth).Select(i => i == depth
            ? $$"""
                "D{{i}}": { "type": "string" }
                """
            : $$"""
                "D{{i}}": { "type": "object", "properties": { "child": { "$ref": "#/definitions/D{{i + 1}}" } } }
                """));
}
