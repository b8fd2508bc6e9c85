namespace ConnectorSdk.Rules.BreakingChanges;

/// <summary>
/// Every rule id of this pack, in one place. PPC7001–PPC7013 are the catalog's section 9 (its row 7012, the advice, is
/// part of every message, and its row 7014 is why the pack runs only with a baseline); PPC7015 up come from the Swagger
/// 2.0 subset of the openapi-diff and oasdiff taxonomies.
/// </summary>
internal static class RuleIds
{
    public const string OperationDeleted = "PPC7001";
    public const string OperationPathChanged = "PPC7002";
    public const string ParameterLocationChanged = "PPC7003";
    public const string InputRemoved = "PPC7004";
    public const string RequiredInputAdded = "PPC7005";
    public const string OutputRemoved = "PPC7006";
    public const string OutputTypeChanged = "PPC7007";
    public const string OutputEnumRemoved = "PPC7008";
    public const string InputEnumAdded = "PPC7009";
    public const string InputTypeChanged = "PPC7010";
    public const string AuthenticationChanged = "PPC7011";
    public const string UpdateClass = "PPC7013";
    public const string OperationIdChanged = "PPC7015";
    public const string ParameterRenamed = "PPC7016";
    public const string InputBecameRequired = "PPC7017";
    public const string InputEnumValuesRemoved = "PPC7018";
    public const string MadeInternal = "PPC7019";
    public const string TriggerChanged = "PPC7020";
    public const string DynamicSourceChanged = "PPC7021";
    public const string EndpointChanged = "PPC7022";
}
