namespace ConnectorSdk.Testing;

/// <summary>The actual diagnostics differ from the expected ones; the message lists both.</summary>
public sealed class VerificationException(string message) : Exception(message);
