using System.Reflection;

namespace ConnectorSdk.Rules.BreakingChanges;

/// <summary>The handle on this pack, for the hosting layer, which ships it built in (and loads it only when a baseline is given).</summary>
internal static class BreakingChangeRules
{
    public static Assembly Assembly => typeof(BreakingChangeRules).Assembly;
}
