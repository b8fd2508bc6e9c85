namespace ConnectorSdk.Analysis;

/// <summary>What a connector is published as; decides which certification rules apply.</summary>
public enum ConnectorKind
{
    /// <summary>Not submitted for certification.</summary>
    Custom,

    /// <summary>Certified by its verified publisher (the API's owner).</summary>
    Certified,

    /// <summary>Certified through the independent publisher programme.</summary>
    IndependentPublisher,
}

/// <summary>The kinds a rule applies to.</summary>
[Flags]
public enum ConnectorKinds
{
    None = 0,
    Custom = 1,
    Certified = 2,
    IndependentPublisher = 4,

    /// <summary>Both certification kinds (the CERT rows of the catalog).</summary>
    Certification = Certified | IndependentPublisher,

    All = Custom | Certification,
}

public static class ConnectorKindExtensions
{
    public static ConnectorKinds ToFlag(this ConnectorKind kind) => kind switch
    {
        ConnectorKind.Certified => ConnectorKinds.Certified,
        ConnectorKind.IndependentPublisher => ConnectorKinds.IndependentPublisher,
        _ => ConnectorKinds.Custom,
    };
}
