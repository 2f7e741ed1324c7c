using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary>The warnings the faults issue found missing, on the real prices of ../shared/data (skipped without them).</summary>
public partial class RunCommandTests
{
    [Test]
    public void Run_AiBasketFrom2000_WarnsOfAmdsPlaceholderBarAndTheNamesListedLater()
    {
        TestPaths.RequireSharedData();
        _out = NewTempFolder();

        CliRun run = RunOn(TestPaths.YahooDaily, "ai-basket-short", "--from", "2000-01-03", "--to", "2016-12-30");

        AssertSucceeded(run);
        Assert.That(run.Stderr, Does.Contain("Warning: AMD 2015-01-02: placeholder bar (open = high = low = close = 2.67, volume 0); data check fails this data, and the run uses it"));
        Assert.That(run.Stderr, Does.Contain("Warning: PLTR has no prices from 2000-01-03 to 2016-12-30: the strategy cannot trade it in this run at all"));
        Assert.That(run.Stderr, Does.Contain("Warning: AVGO has no prices before 2009-08-06"));
    }

    [Test]
    public void Run_BurryEntered2019_WarnsThatPltrCannotTradeUntilItLists_AndStrictRefuses()
    {
        TestPaths.RequireSharedData();
        _out = NewTempFolder();
        string[] args = ["burry-13f-2025", "--from", "2019-06-03", "--to", "2021-06-01", "--set", "entryDate=2019-06-03"];

        CliRun run = RunOn(TestPaths.YahooDaily, args);
        CliRun strict = RunOn(TestPaths.YahooDaily, [.. args, "--strict"]);

        AssertSucceeded(run);
        Assert.That(run.Stderr, Does.Contain("Warning: PLTR has no prices before 2020-09-30: for the run's first 336 trading days (2019-06-03 on) the strategy cannot trade it"));
        Assert.That(strict.ExitCode, Is.EqualTo(ExitCodes.BadInput), strict.Output);
        Assert.That(strict.Stderr, Does.StartWith("Error: --strict: PLTR has no prices before 2020-09-30"));
        Assert.That(ResultFolders("burry-13f-2025"), Has.Length.EqualTo(1), "the strict run wrote nothing");
    }
}
