using System.Text;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Analysis.Tests.Rules;

public sealed class PPC0009Tests
{
    private static IReadOnlyList<Diagnostic> Analyze(long limit)
        => new AnalysisEngine([], new AnalysisOptions { MaxFileSize = limit }).Analyze(ConnectorProject.FromContents("/c", ConnectorKind.Custom,
        [
            (ConnectorFileKind.ApiDefinition, Encoding.UTF8.GetBytes(new string(' ', 200) + "{}")),
            (ConnectorFileKind.ApiProperties, "{}"u8.ToArray()),
        ])).Diagnostics;

    [Fact]
    public void FileWithinTheLimit_NoDiagnostic()
        => Assert.Empty(Analyze(limit: 202));

    [Fact]
    public void FileAboveTheLimit_IsReportedOnTheFile_WithItsSize()
    {
        var diagnostic = Assert.Single(Analyze(limit: 201));

        Assert.Equal("PPC0009", diagnostic.Id);
        Assert.Equal("/c/apiDefinition.swagger.json", diagnostic.Location.FilePath);
        Assert.Null(diagnostic.Location.Span);
        Assert.Equal(["apiDefinition.swagger.json", 202L, 201L], diagnostic.Arguments);
    }
}
