using ConnectorSdk.Analysis.Configuration;
using ConnectorSdk.Analysis.Running;
using static ConnectorSdk.Analysis.Tests.Configuration.ConfiguredConnector;

namespace ConnectorSdk.Analysis.Tests.Configuration;

/// <summary>One test per step of the contract's severity precedence, each overriding the step before it.</summary>
public sealed class SeverityPrecedenceTests : IDisposable
{
    private readonly ConfiguredConnector _connector = new();

    public void Dispose() => _connector.Dispose();

    private static AnalysisOptions Options(AnalysisMode mode = AnalysisMode.Default) => new() { Mode = mode };

    [Fact]
    public void Step1_RuleDefault_OnOrOffByTheMode()
    {
        Assert.Equal(DiagnosticSeverity.Warning, _connector.SeverityOf(Rule));
        Assert.Null(_connector.SeverityOf(RecommendedRule));
        Assert.Equal(DiagnosticSeverity.Warning, _connector.SeverityOf(RecommendedRule, Options(AnalysisMode.Recommended)));
    }

    [Fact]
    public void Step1_TheDefaultDependsOnTheKind_AndConfigurationOverridesItForEveryKind()
    {
        Assert.Equal(DiagnosticSeverity.Error, _connector.SeverityOf(KindDependentRule, kind: ConnectorKind.Certified));
        Assert.Equal(DiagnosticSeverity.Warning, _connector.SeverityOf(KindDependentRule, kind: ConnectorKind.Custom));

        _connector.Write("repo/.editorconfig", "[*]\ndotnet_diagnostic.PPC9004.severity = suggestion");

        Assert.Equal(DiagnosticSeverity.Info, _connector.SeverityOf(KindDependentRule, kind: ConnectorKind.Certified));
        Assert.Equal(DiagnosticSeverity.Info, _connector.SeverityOf(KindDependentRule, kind: ConnectorKind.Custom));
    }

    [Fact]
    public void Step2_GlobalConfigCategoryKey_OverridesTheDefault()
    {
        _connector.Write("repo/.globalconfig", "is_global = true\ndotnet_analyzer_diagnostic.category-Test.severity = error");

        Assert.Equal(DiagnosticSeverity.Error, _connector.SeverityOf(Rule));
    }

    [Fact]
    public void Step2_GlobalConfigRuleKey_OverridesItsCategoryKey()
    {
        _connector.Write("repo/.globalconfig", "is_global = true\ndotnet_diagnostic.PPC9001.severity = suggestion\ndotnet_analyzer_diagnostic.category-test.severity = error");

        Assert.Equal(DiagnosticSeverity.Info, _connector.SeverityOf(Rule));
    }

    [Fact]
    public void Step3_EditorConfigCategoryKey_OverridesTheGlobalConfigRuleKey()
    {
        _connector.Write("repo/.globalconfig", "is_global = true\ndotnet_diagnostic.PPC9001.severity = suggestion");
        _connector.Write("repo/.editorconfig", "[*.json]\ndotnet_analyzer_diagnostic.category-Test.severity = error");

        Assert.Equal(DiagnosticSeverity.Error, _connector.SeverityOf(Rule));
    }

    [Fact]
    public void Step3_EditorConfigRuleKey_OverridesItsCategoryKey()
    {
        _connector.Write("repo/.editorconfig", "[*.json]\ndotnet_diagnostic.ppc9001.severity = silent\ndotnet_analyzer_diagnostic.category-Test.severity = error");

        Assert.Equal(DiagnosticSeverity.Hidden, _connector.SeverityOf(Rule));
    }

    [Fact]
    public void Step4_SeverityOverride_OverridesTheEditorConfig()
    {
        _connector.Write("repo/.editorconfig", "[*]\ndotnet_diagnostic.PPC9001.severity = error");

        Assert.Null(_connector.SeverityOf(Rule, Options() with { SeverityOverrides = [new SeverityOverride("PPC9001", ConfiguredSeverity.None)] }));
        Assert.Equal(DiagnosticSeverity.Info, _connector.SeverityOf(Rule, Options() with { SeverityOverrides = [new SeverityOverride("PPC9001", ConfiguredSeverity.Suggestion)] }));
    }

    [Fact]
    public void Step4_TheLastSeverityOverrideForARule_Wins()
    {
        var options = Options() with { SeverityOverrides = [new SeverityOverride("PPC9001", ConfiguredSeverity.None), new SeverityOverride("ppc9001", ConfiguredSeverity.Error)] };

        Assert.Equal(DiagnosticSeverity.Error, _connector.SeverityOf(Rule, options));
    }

    [Fact]
    public void Step5_NoWarn_OverridesTheEditorConfigAndTheSeverityOverride()
    {
        _connector.Write("repo/.editorconfig", "[*]\ndotnet_diagnostic.PPC9001.severity = error");
        var options = Options() with { NoWarn = new HashSet<string> { "ppc9001" } };

        Assert.Null(_connector.SeverityOf(Rule, options));
        Assert.Null(_connector.SeverityOf(Rule, options with { SeverityOverrides = [new SeverityOverride("PPC9001", ConfiguredSeverity.Error)] }));
    }

    [Fact]
    public void Step6_WarningsAsErrors_OverridesTheEditorConfig_ButOnlyChangesWarnings()
    {
        var options = Options() with { WarningsAsErrors = new HashSet<string> { "PPC9001" } };
        Assert.Equal(DiagnosticSeverity.Error, _connector.SeverityOf(Rule, options));

        _connector.Write("repo/.editorconfig", "[*]\ndotnet_diagnostic.PPC9001.severity = suggestion");
        Assert.Equal(DiagnosticSeverity.Info, _connector.SeverityOf(Rule, options));
        Assert.Null(_connector.SeverityOf(Rule, options with { NoWarn = new HashSet<string> { "PPC9001" } }));
        Assert.Equal(DiagnosticSeverity.Error, _connector.SeverityOf(Rule, options with { SeverityOverrides = [new SeverityOverride("PPC9001", ConfiguredSeverity.Warning)] }));
    }

    [Fact]
    public void Step7_TreatWarningsAsErrors_TurnsEveryRemainingWarningIntoAnError()
    {
        var options = Options() with { TreatWarningsAsErrors = true };

        Assert.Equal(DiagnosticSeverity.Error, _connector.SeverityOf(Rule, options));
        Assert.Equal(DiagnosticSeverity.Info, _connector.SeverityOf(Rule, options with { SeverityOverrides = [new SeverityOverride("PPC9001", ConfiguredSeverity.Suggestion)] }));
    }

    [Fact]
    public void Step7_WarningsNotAsErrors_AreExcepted_UnlessAlsoInWarningsAsErrors()
    {
        var options = Options() with { TreatWarningsAsErrors = true, WarningsNotAsErrors = new HashSet<string> { "PPC9001" } };

        Assert.Equal(DiagnosticSeverity.Warning, _connector.SeverityOf(Rule, options));
        Assert.Equal(DiagnosticSeverity.Error, _connector.SeverityOf(Rule, options with { WarningsAsErrors = new HashSet<string> { "PPC9001" } }));
    }

    [Fact]
    public void NearestEditorConfig_Wins()
    {
        _connector.Write("repo/.editorconfig", "[*.json]\ndotnet_diagnostic.PPC9001.severity = error");
        _connector.Write("repo/connectors/.editorconfig", "[*.json]\ndotnet_diagnostic.PPC9001.severity = suggestion");

        Assert.Equal(DiagnosticSeverity.Info, _connector.SeverityOf(Rule));
    }

    [Fact]
    public void WithinOneEditorConfig_TheLaterMatchingSectionWins()
    {
        _connector.Write("repo/.editorconfig", "[*.json]\ndotnet_diagnostic.PPC9001.severity = error\n[apiDefinition.swagger.json]\ndotnet_diagnostic.PPC9001.severity = suggestion");

        Assert.Equal(DiagnosticSeverity.Info, _connector.SeverityOf(Rule));
    }

    [Fact]
    public void RootTrue_StopsTheSearchForEditorConfigs_ButNotForGlobalConfigs()
    {
        _connector.Write("repo/.editorconfig", "[*.json]\ndotnet_diagnostic.PPC9001.severity = error");
        _connector.Write("repo/connectors/.editorconfig", "root = true");
        Assert.Equal(DiagnosticSeverity.Warning, _connector.SeverityOf(Rule));

        _connector.Write("repo/.globalconfig", "is_global = true\ndotnet_diagnostic.PPC9001.severity = suggestion");
        Assert.Equal(DiagnosticSeverity.Info, _connector.SeverityOf(Rule));
    }

    [Fact]
    public void NearestGlobalConfig_Wins()
    {
        _connector.Write("repo/.globalconfig", "is_global = true\ndotnet_diagnostic.PPC9001.severity = error");
        _connector.Write("repo/connectors/contoso/.globalconfig", "is_global = true\ndotnet_diagnostic.PPC9001.severity = suggestion");

        Assert.Equal(DiagnosticSeverity.Info, _connector.SeverityOf(Rule));
    }

    [Theory]
    [InlineData("*", true)]
    [InlineData("*.json", true)]
    [InlineData("*.JSON", true)]
    [InlineData("apiDefinition.swagger.json", true)]
    [InlineData("{apiProperties,apiDefinition}.*.json", true)]
    [InlineData("api?efinition.swagger.json", true)]
    [InlineData("[ab]piDefinition.swagger.json", true)]
    [InlineData("[!a]piDefinition.swagger.json", false)]
    [InlineData("**/connectors/**", true)]
    [InlineData("**/certified-connectors/**", false)]
    [InlineData("connectors/*/apiDefinition.swagger.json", true)]
    [InlineData("/connectors/contoso/*.json", true)]
    [InlineData("contoso/*.json", false)]
    [InlineData("connectors/*.json", false)]
    [InlineData("*.md", false)]
    [InlineData("apiProperties.json", false)]
    public void Section_AppliesWhenItsGlobMatchesTheFile(string glob, bool applies)
    {
        _connector.Write("repo/.editorconfig", $"[{glob}]\ndotnet_diagnostic.PPC9001.severity = error");

        Assert.Equal(applies ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, _connector.SeverityOf(Rule));
    }

    [Theory]
    [InlineData("repo/.editorconfig", "[*.json]\ndotnet_diagnostic.PPC9002.severity = warning")]
    [InlineData("repo/.globalconfig", "is_global = true\ndotnet_diagnostic.PPC9002.severity = warning")]
    public void SeveritySetForTheRule_TurnsItOnWhateverTheMode(string file, string content)
    {
        _connector.Write(file, content);

        Assert.Equal(DiagnosticSeverity.Warning, _connector.SeverityOf(RecommendedRule));
        Assert.Equal(DiagnosticSeverity.Warning, _connector.SeverityOf(RecommendedRule, Options(AnalysisMode.None)));
    }

    [Fact]
    public void SeverityOverride_TurnsTheRuleOnWhateverTheMode()
    {
        var options = Options(AnalysisMode.None) with { SeverityOverrides = [new SeverityOverride("PPC9002", ConfiguredSeverity.Error)] };

        Assert.Equal(DiagnosticSeverity.Error, _connector.SeverityOf(RecommendedRule, options));
    }

    [Fact]
    public void CategoryKey_ChangesTheSeverityOfRulesThatAreOn_ButTurnsNoneOn()
    {
        _connector.Write("repo/.editorconfig", "[*]\ndotnet_analyzer_diagnostic.category-Test.severity = error");

        Assert.Equal(DiagnosticSeverity.Error, _connector.SeverityOf(Rule));
        Assert.Null(_connector.SeverityOf(RecommendedRule));
    }

    [Fact]
    public void Default_GoesBackToTheRuleDefault()
    {
        _connector.Write("repo/.globalconfig", "is_global = true\ndotnet_diagnostic.PPC9001.severity = error\ndotnet_diagnostic.PPC9002.severity = error");
        _connector.Write("repo/.editorconfig", "[*]\ndotnet_diagnostic.PPC9001.severity = default\ndotnet_diagnostic.PPC9002.severity = default");

        Assert.Equal(DiagnosticSeverity.Warning, _connector.SeverityOf(Rule));
        Assert.Null(_connector.SeverityOf(RecommendedRule));
    }

    [Fact]
    public void RuleThatDoesNotApplyToTheKind_StaysOff_WhateverItsSeverity()
    {
        _connector.Write("repo/.editorconfig", "[*]\ndotnet_diagnostic.PPC9003.severity = error");

        Assert.Null(_connector.SeverityOf(CertificationRule));
    }

    [Fact]
    public void InfrastructureRules_AreConfiguredLikeAnyOther()
    {
        _connector.Write("repo/connectors/contoso/apiProperties.json", "{ \"a\": 1, }");
        _connector.Write("repo/.editorconfig", "[apiProperties.json]\ndotnet_diagnostic.PPC0003.severity = error");

        Assert.Equal(DiagnosticSeverity.Error, _connector.SeverityOf(InfrastructureDiagnostics.JsonLenient));
    }
}
