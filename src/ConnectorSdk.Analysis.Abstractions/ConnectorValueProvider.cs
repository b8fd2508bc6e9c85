namespace ConnectorSdk.Analysis;

/// <summary>
/// A value derived from a connector that several actions or analyzers share (schema measures, the set of operationIds,
/// a script compilation): the engine computes it at the first <see cref="ConnectorContext.GetValue{TValue}"/> of a
/// connector's run and hands the same value to every later call for that connector (Roslyn's <c>SourceTextValueProvider</c>).
/// Keep providers in static fields: the provider instance is the key of the cache.
/// </summary>
/// <remarks>
/// The computation must depend on the connector only. If it throws, nothing is cached and the action that asked fails
/// (PPC0006 for its analyzer); the next action that asks computes again.
/// </remarks>
/// <typeparam name="TValue">The type of the shared value.</typeparam>
public sealed class ConnectorValueProvider<TValue>
{
    private readonly Func<Connector, TValue> _computeValue;

    /// <summary>A provider computing the value with <paramref name="computeValue"/>.</summary>
    /// <param name="computeValue">Derives the value from the connector alone.</param>
    public ConnectorValueProvider(Func<Connector, TValue> computeValue)
        => _computeValue = computeValue ?? throw new ArgumentNullException(nameof(computeValue));

    internal object? Compute(Connector connector) => _computeValue(connector);
}

/// <summary>The values computed for one connector's run, by provider.</summary>
internal sealed class ConnectorValues(Connector connector)
{
    // Keyed by the provider object: one dictionary over references, whatever the value types.
    private readonly Dictionary<object, object?> _values = new(ReferenceEqualityComparer.Instance);

    public TValue Get<TValue>(ConnectorValueProvider<TValue> provider)
    {
        if (!_values.TryGetValue(provider, out var value))
        {
            value = provider.Compute(connector);
            _values.Add(provider, value);
        }

        return (TValue)value!;
    }
}
