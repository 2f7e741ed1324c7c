namespace Backtest.Cli.Tests.Commands;

/// <summary>Same inputs, same sweep: the rows do not depend on how many threads ran them.</summary>
public partial class SweepCommandTests
{
    [Test]
    public void Sweep_OneThreadOrTwo_WritesByteIdenticalRows()
    {
        string[] grid = ["--grid", "shortAllocation=0.1:1.0:0.1", "--grid", "rebalance=none,weekly,monthly", "--grid", "borrowFee.PLTR=0.005,0.3"];
        string one = Path.Combine(_out, "one"), two = Path.Combine(_out, "two");

        AssertSucceeded(SweepOn(TestCli.FixturePrices, one, [Burry, .. grid, "--threads", "1"]));
        AssertSucceeded(SweepOn(TestCli.FixturePrices, two, [Burry, .. grid, "--threads", "2"]));

        byte[] rows = File.ReadAllBytes(Path.Combine(SingleSweepFolder(one, Burry), "sweep.csv"));
        Assert.That(rows, Is.EqualTo(File.ReadAllBytes(Path.Combine(SingleSweepFolder(two, Burry), "sweep.csv"))));
        Assert.That(File.ReadAllLines(Path.Combine(SingleSweepFolder(one, Burry), "sweep.csv")), Has.Length.EqualTo(61));
    }
}
