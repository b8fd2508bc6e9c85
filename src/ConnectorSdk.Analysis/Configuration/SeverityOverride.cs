namespace ConnectorSdk.Analysis.Configuration;

/// <summary>A severity a host sets for one rule, above every configuration file (<c>--severity ID=LEVEL</c>).</summary>
internal sealed record SeverityOverride(string Id, ConfiguredSeverity Severity);
