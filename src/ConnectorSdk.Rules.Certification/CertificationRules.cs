using System.Reflection;

namespace ConnectorSdk.Rules.Certification;

/// <summary>The public handle on this pack, for hosts that ship it built in.</summary>
internal static class CertificationRules
{
    public static Assembly Assembly => typeof(CertificationRules).Assembly;
}
