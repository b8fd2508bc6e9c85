using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Packs;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Testing;

namespace ConnectorSdk.Analysis.Tests.Rules;

/// <summary>PPC0007, one test per case: a pack that cannot be loaded, an undeclared id, a duplicate id.</summary>
public sealed class PPC0007Tests : IDisposable
{
    private static readonly DiagnosticDescriptor Rule = TestDescriptors.Create("PPC9001");
    private const string TestPack = "ConnectorSdk.Analysis.Tests";

    private readonly string _folder = Directory.CreateTempSubdirectory("connector-packs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static AnalysisResult Analyze(AnalysisEngine engine)
        => engine.Analyze(ConnectorProject.FromContents("/connector", ConnectorKind.Custom,
            [(ConnectorFileKind.ApiDefinition, Encoding.UTF8.GetBytes("""{"paths": {"/a": {"get": {"summary": "List items."}}}}""")), (ConnectorFileKind.ApiProperties, "{}"u8.ToArray())]));

    private static (string Pack, string Problem) SingleProblem(AnalysisEngine engine)
    {
        var problem = Assert.Single(engine.PackProblems);
        Assert.Equal(("PPC0007", DiagnosticSeverity.Error), (problem.Id, problem.Severity));
        return ((string)problem.Arguments[0]!, (string)problem.Arguments[1]!);
    }

    [Fact]
    public void SamplePack_LoadsIntoItsOwnContext_SharingTheContract_AndRuns()
    {
        var pack = RulePack.FromPath(SampleRulePack.Path);

        Assert.Null(pack.LoadProblem);
        var analyzer = Assert.Single(pack.Analyzers);
        Assert.IsType<RulePackLoadContext>(AssemblyLoadContext.GetLoadContext(analyzer.GetType().Assembly));
        var found = Assert.Single(Analyze(AnalysisEngine.FromPacks([pack])).Diagnostics);
        Assert.Equal(("CTSO001", "/paths/~1a/get/summary"), (found.Id, found.Location.JsonPointer));
    }

    [Fact]
    public void MissingFile_IsReportedAtThePath()
    {
        var path = Path.Combine(_folder, "Missing.dll");

        var engine = AnalysisEngine.FromPacks([RulePack.FromPath(path)]);

        Assert.Equal(("Missing", $"'{path}' does not exist"), SingleProblem(engine));
        Assert.Equal(path, engine.PackProblems[0].Location.FilePath);
    }

    [Fact]
    public void FileThatIsNotAnAssembly_IsReported()
    {
        var path = Path.Combine(_folder, "Text.dll");
        File.WriteAllText(path, "not an assembly");

        Assert.Equal(("Text", $"'{path}' is not a .NET assembly"), SingleProblem(AnalysisEngine.FromPacks([RulePack.FromPath(path)])));
    }

    [Fact]
    public void AssemblyWithoutAnalyzers_IsReported()
        => Assert.Equal(
            ("ConnectorSdk.Analysis.Abstractions", "it holds no ConnectorAnalyzer with a public parameterless constructor"),
            SingleProblem(AnalysisEngine.FromPacks([RulePack.FromPath(typeof(ConnectorAnalyzer).Assembly.Location)])));

    [Fact]
    public void AnalyzerWhoseConstructorThrows_IsReported()
    {
        var path = typeof(PPC0007Tests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ThrowingRulePack").Value!;

        Assert.Equal(("ThrowingRulePack", "an analyzer's constructor threw NotSupportedException: not in this build"), SingleProblem(AnalysisEngine.FromPacks([RulePack.FromPath(path)])));
    }

    [Fact]
    public void AnalyzerThatThrowsInInitialize_IsLeftOut_AndReported()
    {
        var engine = new AnalysisEngine([new DelegateAnalyzer(context => throw new InvalidOperationException("boom"), Rule)]);

        Assert.Equal((TestPack, "analyzer 'DelegateAnalyzer' failed to initialize: InvalidOperationException: boom; it was not loaded"), SingleProblem(engine));
        Assert.DoesNotContain(engine.Descriptors, d => d.Id == Rule.Id);
    }

    [Fact]
    public void PackProblems_AreReportedWithEveryConnector_AndTheRestRuns()
    {
        var engine = AnalysisEngine.FromPacks([RulePack.FromPath(Path.Combine(_folder, "Missing.dll")), RulePack.FromPath(SampleRulePack.Path)]);

        Assert.Equal(["CTSO001", "PPC0007"], Analyze(engine).Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public Task UndeclaredId_IsReportedWhereTheAnalyzerWasLooking_AndStopsIt()
    {
        var analyzer = new DelegateAnalyzer(context => context.RegisterOperationAction(c => c.Report(TestDescriptors.Create("PPC9009"), c.Operation.Element.Location)), Rule);
        var test = new ConnectorTest { Swagger = """{"paths": {"/a": {{|#0:"get"|}: {}, "put": {}}}}""", Analyzers = { analyzer } };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PPC0007").WithLocation(0).WithArguments(
            TestPack, "analyzer 'DelegateAnalyzer' reported PPC9009, which it does not declare in SupportedDiagnostics; its other checks were skipped for this connector"));
        return test.RunAsync();
    }

    [Fact]
    public void IdDeclaredByAnotherPack_LeavesTheLaterAnalyzerOut()
    {
        var sample = RulePack.FromPath(SampleRulePack.Path);
        var again = RulePack.FromPath(SampleRulePack.Path);

        var engine = AnalysisEngine.FromPacks([sample, again]);

        Assert.Equal(
            ("Contoso.ConnectorRules", "analyzer 'SummaryPeriodRule' declares CTSO001, which rule pack 'Contoso.ConnectorRules' already declares; the analyzer was not loaded"),
            SingleProblem(engine));
        Assert.Single(Analyze(engine).Diagnostics, d => d.Id == "CTSO001");
    }

    [Fact]
    public void IdDeclaredByTheEngine_LeavesTheAnalyzerOut()
    {
        var engine = new AnalysisEngine([new DelegateAnalyzer(_ => { }, TestDescriptors.Create("PPC0001"))]);

        Assert.Equal((TestPack, "analyzer 'DelegateAnalyzer' declares PPC0001, which the engine already declares; the analyzer was not loaded"), SingleProblem(engine));
        Assert.Equal("A required connector file is missing", Assert.Single(engine.Descriptors, d => d.Id == "PPC0001").Title);
    }

    [Fact]
    public void SameIdInTwoAnalyzersOfOnePack_IsAllowed()
        => Assert.Empty(new AnalysisEngine([new DelegateAnalyzer(_ => { }, Rule), new DelegateAnalyzer(_ => { }, Rule)]).PackProblems);
}
