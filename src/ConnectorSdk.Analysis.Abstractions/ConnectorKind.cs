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
    /// <summary>No kind.</summary>
    None = 0,

    /// <summary><see cref="ConnectorKind.Custom"/>.</summary>
    Custom = 1,

    /// <summary><see cref="ConnectorKind.Certified"/>.</summary>
    Certified = 2,

    /// <summary><see cref="ConnectorKind.IndependentPublisher"/>.</summary>
    IndependentPublisher = 4,

    /// <summary>Both certification kinds (the CERT rows of the catalog).</summary>
    Certification = Certified | IndependentPublisher,

    /// <summary>Every kind.</summary>
    All = Custom | Certification,
}

/// <summary>Conversions between <see cref="ConnectorKind"/> and <see cref="ConnectorKinds"/>.</summary>
public static class ConnectorKindExtensions
{
    /// <summary>The flag of one kind.</summary>
    public static ConnectorKinds ToFlag(this ConnectorKind kind) => kind switch
    {
        ConnectorKind.Certified => ConnectorKinds.Certified,
        ConnectorKind.IndependentPublisher => ConnectorKinds.IndependentPublisher,
        _ => ConnectorKinds.Custom,
    };
}
