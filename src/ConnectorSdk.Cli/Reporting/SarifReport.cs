using ConnectorSdk.Analysis.Reporting;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Cli.Reporting;

/// <summary>SARIF 2.1.0, written by the engine's <see cref="SarifWriter"/> that every host shares.</summary>
internal sealed class SarifReport : ValidationReport
{
    private readonly JsonOutput _output;
    private readonly SarifWriter _sarif;

    public SarifReport(TextWriter output, ReportContext context)
    {
        _output = new JsonOutput(output);
        _sarif = SarifWriter.Start(_output.Writer, context.Rules, context.HelpLinkBase);
    }

    public override void Write(AnalysisResult result)
    {
        _sarif.Write(result);
        _output.Flush();
    }

    public override void Complete(ValidationSummary summary)
    {
        _sarif.Complete();
        _output.Complete();
    }
}
