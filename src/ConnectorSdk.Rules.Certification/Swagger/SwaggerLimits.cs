using System.Globalization;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// The platform's published size and count limits for a connector definition (custom connector FAQ and
/// "Fix Swagger Validator errors"), in one place.
/// </summary>
internal static class SwaggerLimits
{
    /// <summary>A definition must be smaller than 1 MB: 1,048,576 bytes or more is refused.</summary>
    public const int MaxDefinitionMegabytes = 1;

    public const long MaxDefinitionBytes = MaxDefinitionMegabytes * 1024L * 1024;

    public const int MaxOperations = 256;

    public const int MaxSchemasPerBody = 512;

    public const int MaxSchemasPerOperation = 16_384;

    /// <summary>The total the validator allows: the operation limit times the per-operation limit.</summary>
    public const long MaxTotalSchemas = (long)MaxOperations * MaxSchemasPerOperation;

    /// <summary>
    /// Not published by Microsoft. The deepest schema of the test corpus (115 real connectors) nests 11
    /// levels ($ref expanded); 32 leaves room for real APIs and still catches runaway nesting.
    /// </summary>
    public const int DefaultMaxSchemaDepth = 32;

    /// <summary>The .editorconfig key that overrides <see cref="DefaultMaxSchemaDepth"/>.</summary>
    public const string MaxSchemaDepthKey = "connectorsdk.max_schema_depth";

    /// <summary>Not published by Microsoft (OperationIdTooLong): a generous limit that real ids stay far below.</summary>
    public const int DefaultMaxOperationIdLength = 128;

    /// <summary>The .editorconfig key that overrides <see cref="DefaultMaxOperationIdLength"/>.</summary>
    public const string MaxOperationIdLengthKey = "connectorsdk.max_operation_id_length";

    /// <summary>The limit configured for <paramref name="file"/> under <paramref name="key"/> when it is a positive whole number, else <paramref name="default"/>.</summary>
    public static int ReadPositive(ConnectorContext context, ConnectorFile file, string key, int @default)
        => context.Options.TryGetValue(file, key, out var value)
            && int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var configured) && configured > 0
                ? configured
                : @default;
}
