using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.BreakingChanges.Comparison;

/// <summary>What changed between the two versions; each kind is reported by one rule in one message shape.</summary>
internal enum ChangeKind
{
    OperationDeleted,
    OperationPathChanged,
    OperationIdChanged,
    ParameterLocationChanged,
    ParameterRemoved,
    BodyPropertyRemoved,
    ParameterRenamed,
    RequiredParameterAdded,
    RequiredBodyPropertyAdded,
    InputBecameRequired,
    InputTypeChanged,
    InputEnumAdded,
    InputEnumValuesRemoved,
    OutputRemoved,
    OutputTypeChanged,
    OutputEnumRemoved,
    OperationMadeInternal,
    InputMadeInternal,
    TriggerChanged,
    DynamicSourceChanged,
    AuthenticationChanged,
    HostChanged,
    BasePathChanged,
    MinorUpdate,
    MajorUpdate,
}

/// <summary>
/// One difference, located in the new version's file (a removal at the nearest place that is still there: its path
/// item, operation or schema, or the file), with the message's arguments: old and new values, and what they belong to.
/// </summary>
internal sealed record Change(ChangeKind Kind, Location Location, params object?[] Arguments);
