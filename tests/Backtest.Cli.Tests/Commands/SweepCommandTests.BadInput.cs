namespace Backtest.Cli.Tests.Commands;

/// <summary>Bad input exits 2 with one message naming the problem, and writes nothing.</summary>
public partial class SweepCommandTests
{
    [TestCase("--grid", "shortAlloc=0.1:1:0.1", "unknown parameter 'shortAlloc'. Did you mean 'shortAllocation'?")]
    [TestCase("--grid", "nonsense=1,2", "--grid nonsense=1,2: unknown parameter 'nonsense'")]
    [TestCase("--grid", "shortAllocation=0.1:1.0", "a range is START:STOP:STEP")]
    [TestCase("--grid", "shortAllocation=0.1:1.0:0", "the step is 0")]
    [TestCase("--grid", "shortAllocation=0.5:3:0.5", "--grid shortAllocation=0.5:3:0.5: shortAllocation: 2.5 is out of range")]
    [TestCase("--grid", "rebalance=none,yearly", "'yearly' is not one of")]
    [TestCase("--grid", "entryDate=2020-01-01..2020-02-01:monthly", "no trading day of the data")]
    [TestCase("--grid", "shortAllocation", "expected NAME=SPEC")]
    [TestCase("--shard", "5/4", "--shard '5/4'")]
    [TestCase("--where", "drawdown > -0.5", "--where: no column 'drawdown'")]
    [TestCase("--where", "maxDrawdown -0.5", "expected COLUMN OP VALUE")]
    [TestCase("--metric", "sharp", "--metric: no column 'sharp'")]
    [TestCase("--set", "borrowFee.XYZ=0.1", "borrowFee.XYZ names a ticker this run does not trade")]
    [TestCase("--grid", "borrowFee.XYZ=0.1,0.2", "--grid borrowFee.XYZ=0.1,0.2: borrowFee.XYZ names a ticker this run does not trade")]
    [TestCase("--shards", "4", "--shards N needs a shard index")]
    public void Sweep_BadInput_ExitsTwoNamingTheProblemAndWritesNothing(string option, string value, string message)
    {
        string[] grid = option == "--grid" ? [] : ["--grid", "shortAllocation=0.5,1"];

        CliRun sweep = SweepOnFixtures([Burry, .. grid, option, value]);

        Assert.That(sweep.ExitCode, Is.EqualTo(ExitCodes.BadInput), sweep.Output);
        Assert.That(sweep.Stderr, Does.StartWith("Error:").And.Contain(message));
        Assert.That(Directory.EnumerateFileSystemEntries(_out), Is.Empty);
    }

    [Test]
    public void Sweep_NoGrid_ExitsTwo()
    {
        CliRun sweep = SweepOnFixtures(Burry);

        Assert.That(sweep.ExitCode, Is.EqualTo(ExitCodes.BadInput), sweep.Output);
        Assert.That(sweep.Stderr, Does.StartWith("Error: ").And.Contain("give at least one --grid"));
        Assert.That(Directory.EnumerateFileSystemEntries(_out), Is.Empty);
    }

    [Test]
    public void Sweep_SameParameterTwice_ExitsTwo()
    {
        CliRun sweep = SweepOnFixtures(Burry, "--grid", "borrowFee.PLTR=0.01,0.02", "--grid", "borrowFee.NVDA=0.01,0.02");

        Assert.That(sweep.ExitCode, Is.EqualTo(ExitCodes.BadInput), sweep.Output);
        Assert.That(sweep.Stderr, Does.StartWith("Error: ").And.Contain("set the same parameter"));
    }

    [Test]
    public void Sweep_UnknownTarget_ExitsTwo()
    {
        CliRun sweep = SweepOnFixtures("no-such-preset", "--grid", "x=1");

        Assert.That(sweep.ExitCode, Is.EqualTo(ExitCodes.BadInput), sweep.Output);
        Assert.That(sweep.Stderr, Does.StartWith("Error: ").And.Contain("unknown strategy or preset 'no-such-preset'"));
    }
}
