using System.Reflection;

namespace ConnectorSdk.Rules.BreakingChanges;

/// <summary>The public handle on this pack, for hosts that ship it built in (and load it only when a baseline is given).</summary>
public static class BreakingChangeRules
{
    public static Assembly Assembly => typeof(BreakingChangeRules).Assembly;
}
