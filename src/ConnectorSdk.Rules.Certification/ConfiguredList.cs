using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification;

/// <summary>
/// A configurable list (<see cref="ValueLists.Read"/>) as one connector's rule reads it for every object it checks: read
/// again only when the file changes, not for each object. Make one per connector, in a connector start action.
/// </summary>
internal sealed class ConfiguredList(string key, IReadOnlyList<string> defaults)
{
    private ConnectorFile? _file;
    private string[] _values = [];

    public string[] For(ConnectorContext context, ConnectorFile file)
    {
        if (!ReferenceEquals(file, _file))
        {
            _values = [.. ValueLists.Read(context, file, key, defaults)];
            _file = file;
        }

        return _values;
    }
}
