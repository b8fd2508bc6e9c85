using ConnectorSdk.Analysis.Packs;

namespace ConnectorSdk.Analysis.Tests.Packs;

public sealed class RulePackTests
{
    private static readonly RulePack Pack = RulePack.FromAssembly(typeof(RulePackTests).Assembly);

    [Fact]
    public void Name_IsTheAssemblyName() => Assert.Equal("ConnectorSdk.Analysis.Tests", Pack.Name);

    [Fact]
    public void Analyzers_AreTheConcreteOnesWithAPublicParameterlessConstructor_InTypeNameOrder()
    {
        var types = Pack.Analyzers.Select(analyzer => analyzer.GetType()).ToList();

        Assert.Contains(typeof(PublicAnalyzer), types);
        Assert.Contains(typeof(InternalAnalyzer), types);
        Assert.DoesNotContain(typeof(AbstractAnalyzer), types);
        Assert.DoesNotContain(typeof(AnalyzerWithArgument), types);
        Assert.DoesNotContain(typeof(AnalyzerWithPrivateConstructor), types);
        Assert.True(types.IndexOf(typeof(InternalAnalyzer)) < types.IndexOf(typeof(PublicAnalyzer)));
    }

    public abstract class AbstractAnalyzer : ConnectorAnalyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [];

        public override void Initialize(ConnectorAnalysisContext context)
        {
        }
    }

    public sealed class PublicAnalyzer : AbstractAnalyzer;

    internal sealed class InternalAnalyzer : AbstractAnalyzer;

    public sealed class AnalyzerWithArgument(string argument) : AbstractAnalyzer
    {
        public string Argument => argument;
    }

    public sealed class AnalyzerWithPrivateConstructor : AbstractAnalyzer
    {
        private AnalyzerWithPrivateConstructor()
        {
        }

        public static AnalyzerWithPrivateConstructor Create() => new();
    }
}
