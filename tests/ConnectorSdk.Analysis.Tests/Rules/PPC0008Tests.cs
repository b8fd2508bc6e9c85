using ConnectorSdk.Analysis.Tests.Configuration;

namespace ConnectorSdk.Analysis.Tests.Rules;

/// <summary>Invalid configuration: each bad entry is reported at its file and line, and ignored.</summary>
public sealed class PPC0008Tests : IDisposable
{
    private readonly ConfiguredConnector _connector = new();

    public void Dispose() => _connector.Dispose();

    private Diagnostic[] Problems() => _connector.Analyze().Diagnostics.Where(d => d.Id == "PPC0008").ToArray();

    [Fact]
    public void UnknownSeverity_IsReportedAtItsLine_AndTheRuleKeepsItsSeverity()
    {
        var path = _connector.Write("repo/.editorconfig", "[*.json]\n\n  dotnet_diagnostic.PPC9001.severity = warn  # typo\n");

        var problem = Assert.Single(Problems());

        Assert.Equal((path, new SourceSpan(3, 3, 3, 52)), (problem.Location.FilePath, problem.Location.Span));
        Assert.Equal(".editorconfig: 'warn' is not a severity: use none, silent, suggestion, warning, error, default; the entry is ignored", problem.GetMessage());
        Assert.Equal(DiagnosticSeverity.Warning, problem.Severity);
        Assert.Equal(DiagnosticSeverity.Warning, _connector.SeverityOf(ConfiguredConnector.Rule));
    }

    [Fact]
    public void UnknownSeverity_OfAKnownCategory_IsReported()
    {
        var path = _connector.Write("repo/.globalconfig", "is_global = true\ndotnet_analyzer_diagnostic.category-Test.severity = fatal");

        var problem = Assert.Single(Problems());

        Assert.Equal((path, 2), (problem.Location.FilePath, problem.Location.Span?.StartLine));
        Assert.Contains("'fatal' is not a severity", problem.GetMessage());
    }

    [Fact]
    public void UnknownRuleId_WithThePrefixOfALoadedPack_IsReported()
    {
        var path = _connector.Write("repo/.editorconfig", "[*]\ndotnet_diagnostic.PPC9999.severity = none\n");

        var problem = Assert.Single(Problems());

        Assert.Equal((path, new SourceSpan(2, 1, 2, 42)), (problem.Location.FilePath, problem.Location.Span));
        Assert.Equal(".editorconfig: 'PPC9999' is not a rule of the loaded rule packs; the entry is ignored", problem.GetMessage());
    }

    [Fact]
    public void KeysOfOtherTools_AreLeftAlone()
    {
        _connector.Write("repo/.editorconfig", """
            [*.cs]
            dotnet_diagnostic.CA1822.severity = none
            dotnet_diagnostic.IDE0005.severity = whatever
            dotnet_analyzer_diagnostic.category-Style.severity = warning
            indent_style = space
            """);

        Assert.Empty(Problems());
    }

    [Fact]
    public void MalformedLine_IsReportedAtItsLine_AndTheOtherLinesStillApply()
    {
        var path = _connector.Write("repo/connectors/.editorconfig", "# comment\n[*.json]\nthis is not an entry\ndotnet_diagnostic.PPC9001.severity = error\r\n");

        var problem = Assert.Single(Problems());

        Assert.Equal((path, new SourceSpan(3, 1, 3, 21)), (problem.Location.FilePath, problem.Location.Span));
        Assert.Equal(".editorconfig: 'this is not an entry' is neither a [section] header nor a 'key = value' pair; the entry is ignored", problem.GetMessage());
        Assert.Equal(DiagnosticSeverity.Error, _connector.SeverityOf(ConfiguredConnector.Rule));
    }

    [Fact]
    public void GlobalConfigSection_ThatIsNotAnAbsolutePath_IsReported()
    {
        var path = _connector.Write("repo/.globalconfig", "is_global = true\n[*.json]\ndotnet_diagnostic.PPC9001.severity = error");

        var problem = Assert.Single(Problems());

        Assert.Equal((path, 2), (problem.Location.FilePath, problem.Location.Span?.StartLine));
        Assert.Contains("must name one file by its absolute path", problem.GetMessage());
    }

    [Fact]
    public void GlobalConfigSection_NamingTheFileByItsAbsolutePath_Applies()
    {
        _connector.Write("repo/.globalconfig", $"is_global = true\n[{_connector.SwaggerPath}]\ndotnet_diagnostic.PPC9001.severity = error");

        Assert.Empty(Problems());
        Assert.Equal(DiagnosticSeverity.Error, _connector.SeverityOf(ConfiguredConnector.Rule));
    }

    [Fact]
    public void PPC0008_IsConfiguredLikeAnyRule()
    {
        _connector.Write("repo/.globalconfig", "is_global = true\ndotnet_diagnostic.PPC0008.severity = error\ndotnet_diagnostic.PPC9001.severity = warn");

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(Problems()).Severity);
    }
}
