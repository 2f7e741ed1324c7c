namespace Backtest.Cli.Tests.Commands;

/// <summary>A result file holds numbers or nothing: undefined ratios are JSON null, never "NaN", and read back as undefined.</summary>
public partial class RunCommandTests
{
    [Test]
    public void Run_FlatCurve_WritesUndefinedRatiosAsNullAndReportReadsThemBack()
    {
        // No short at all: the curve is flat, so volatility is 0 and the Sharpe, Sortino and Calmar ratios are undefined.
        _out = NewTempFolder();
        CliRun run = RunOnFixtures(Burry, "--set", "shortAllocation=0", "--benchmark", "none");
        AssertSucceeded(run);
        string folder = SingleResultFolder(Burry);

        string metrics = File.ReadAllText(Path.Combine(folder, "metrics.json"));
        Assert.That(metrics, Does.Not.Contain("NaN").And.Not.Contain("Infinity"));
        Assert.That(ReadJson(folder, "metrics.json").GetProperty("strategy").GetProperty("sharpe").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));

        CliRun report = TestCli.Run("report", folder, "--format", "png");
        Assert.That(report.ExitCode, Is.EqualTo(ExitCodes.Success), report.Output);
    }
}
