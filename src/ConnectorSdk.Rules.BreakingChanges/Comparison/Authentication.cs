using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.BreakingChanges.Comparison;

/// <summary>
/// The authentication of each version: the swagger's securityDefinitions types and, when the baseline has an
/// apiProperties.json (a folder or git baseline), the kinds of its connection parameters that carry credentials.
/// </summary>
internal static class Authentication
{
    public static void Compare(BaselineContext context, List<Change> changes)
    {
        var before = SecurityTypes(context.Baseline.Root);
        var after = SecurityTypes(context.Current.Root);
        if (!before.SetEquals(after))
        {
            var where = NewFile.Member(context.Current.Root, "securityDefinitions")?.NameLocation ?? Location.InFile(context.Current.Root.File.Path);
            changes.Add(new(ChangeKind.AuthenticationChanged, where, "securityDefinitions", Describe(before), Describe(after)));
        }

        if (context.BaselineApiProperties is { } previous && context.Connector.ApiProperties is { } current)
        {
            var credentialsBefore = Credentials(previous);
            var credentialsAfter = Credentials(current);
            if (!credentialsBefore.SetEquals(credentialsAfter))
            {
                var properties = NewFile.Member(current, "properties");
                var where = (NewFile.Member(properties, "connectionParameters") ?? NewFile.Member(properties, "connectionParameterSets"))?.NameLocation ?? current.Location;
                changes.Add(new(ChangeKind.AuthenticationChanged, where, "connectionParameters", Describe(credentialsBefore), Describe(credentialsAfter)));
            }
        }
    }

    /// <summary>The scheme types (<c>oauth2</c>, <c>basic</c>, <c>apiKey</c>), not their names: renaming a scheme changes nothing for a connection.</summary>
    private static SortedSet<string> SecurityTypes(SourceElement root)
    {
        var types = new SortedSet<string>(StringComparer.Ordinal);
        if (NewFile.Member(root, "securityDefinitions") is { Kind: JsonValueKind.Object } definitions)
        {
            foreach (var scheme in definitions.EnumerateProperties())
            {
                if (scheme.GetString("type") is { } type)
                {
                    types.Add(type == "oauth2" && scheme.GetString("flow") is { } flow ? $"oauth2 ({flow})" : type);
                }
            }
        }

        return types;
    }

    /// <summary>The connection parameters that carry credentials: OAuth settings with their identity provider, secure strings.</summary>
    private static SortedSet<string> Credentials(SourceElement apiProperties)
    {
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        var properties = NewFile.Member(apiProperties, "properties");
        Add(NewFile.Member(properties, "connectionParameters"));
        if (NewFile.Member(NewFile.Member(properties, "connectionParameterSets"), "values") is { Kind: JsonValueKind.Array } sets)
        {
            foreach (var set in sets.EnumerateItems())
            {
                Add(NewFile.Member(set, "parameters"));
            }
        }

        return kinds;

        void Add(SourceElement? parameters)
        {
            foreach (var parameter in parameters is { Kind: JsonValueKind.Object } found ? found.EnumerateProperties() : [])
            {
                switch (parameter.GetString("type"))
                {
                    case "oauthSetting":
                        kinds.Add($"oauthSetting ({NewFile.Member(parameter, "oAuthSettings")?.GetString("identityProvider") ?? "no identity provider"})");
                        break;
                    case "securestring":
                        kinds.Add("securestring");
                        break;
                }
            }
        }
    }

    private static string Describe(SortedSet<string> kinds) => kinds.Count == 0 ? "none" : string.Join(", ", kinds);
}
