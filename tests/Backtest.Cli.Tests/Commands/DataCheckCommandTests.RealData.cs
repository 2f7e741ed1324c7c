using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary><c>data check</c> on the real prices in ../shared/data: AMD's placeholder bar fails, everything else passes.</summary>
public partial class DataCheckCommandTests
{
    [Test]
    [Category("RealData")]
    public void Check_YahooDaily_ExitsTwoBecauseOfAmdAlone()
    {
        TestPaths.RequireSharedData();

        CliRun run = TestCli.Run("data", "check", TestPaths.YahooDaily);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        string[][] tickerRows = [.. Rows(run.Output).Where(cells => cells.Length == 9 && cells[0] != "Ticker")];
        Assert.That(tickerRows, Has.Length.EqualTo(12));
        Assert.That(tickerRows.Where(cells => cells[^1] != "ok").Select(cells => cells[0]), Is.EqualTo(new[] { "AMD" }));
        Assert.That(Cells(run.Output, "AMD")[^1], Is.EqualTo("fail"));
        Assert.That(FindingLines(run.Output, "AMD")[0], Is.EqualTo("AMD 2015-01-02 fail placeholder bar (open = high = low = close = 2.67, volume 0)"));
        Assert.That(run.Output, Does.Contain("12 tickers (calendar 1999-12-31 to 2026-05-29, 6642 trading days): 11 ok, 0 warn, 1 fail."));
    }

    [Test]
    [Category("RealData")]
    public void Check_Extension2026_ExitsZeroWithEveryTickerOk()
    {
        TestPaths.RequireSharedData();

        CliRun run = TestCli.Run("data", "check", TestPaths.Extension2026);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(run.Output, Does.Contain("6 tickers (calendar 2024-12-06 to 2026-08-21, 427 trading days): 6 ok, 0 warn, 0 fail."));
    }
}
