using Backtest.Testing.Http;

namespace Backtest.Cli.Tests.Commands;

/// <summary>
/// <c>run</c> without <c>--data</c>: the tickers missing from the default data folder (here a temporary one) are fetched
/// once from a local server standing in for Yahoo; offline with no data, it stops saying exactly what to do.
/// </summary>
public partial class RunCommandTests
{
    // run in an environment whose default data folder is dataFolder and whose yahoo is at baseAddress; no --data.
    private CliRun RunWithDefaultData(Uri baseAddress, string dataFolder, params string[] args) =>
        TestCli.Run(LocalYahoo.Environment(baseAddress, dataFolder), ["run", .. args, "--out", _out, "--no-report"]);

    [Test]
    public void Run_NoDataOption_FetchesTheMissingTickersOnceAndGetsTheSameNumbersAsFromTheFiles()
    {
        string data = Path.Combine(NewTempFolder(), "data");
        using var server = LocalYahoo.ServeFixtures();

        CliRun fetched = RunWithDefaultData(server.BaseAddress, data, Burry);

        AssertSucceeded(fetched);
        Assert.That(fetched.Stdout, Does.Contain($"Fetching PLTR, NVDA, SPY from yahoo into {data}: not there yet."));
        Assert.That(server.Requests.Select(r => r.Ticker), Is.EqualTo(new[] { "PLTR", "NVDA", "SPY" }));
        string fromFetch = File.ReadAllText(Path.Combine(SingleResultFolder(Burry), "metrics.json"));
        _out = NewTempFolder();
        AssertSucceeded(RunOnFixtures(Burry));
        Assert.That(fromFetch, Is.EqualTo(File.ReadAllText(Path.Combine(SingleResultFolder(Burry), "metrics.json"))));
    }

    [Test]
    public void Run_AfterAFetch_RunsOfflineWithoutFetchingAgain()
    {
        string data = Path.Combine(NewTempFolder(), "data");
        using (var server = LocalYahoo.ServeFixtures())
        {
            AssertSucceeded(RunWithDefaultData(server.BaseAddress, data, Burry));
        }

        CliRun offline = RunWithDefaultData(LocalHttpServer.UnusedAddress(), data, "pair-msft-nvda", "--from", "2025-10-01", "--set", "longTicker=PLTR");

        AssertSucceeded(offline);
        Assert.That(offline.Output, Does.Not.Contain("Fetching"));
    }

    [Test]
    public void Run_OfflineWithNoData_ExitsTwoSayingWhichCommandFetchesTheDataOrToUseData()
    {
        string data = Path.Combine(NewTempFolder(), "data");

        CliRun run = RunWithDefaultData(LocalHttpServer.UnusedAddress(), data, Burry);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Stderr, Does.StartWith($"Error: '{data}' has no prices for PLTR, NVDA and fetching them failed: cannot reach Yahoo for PLTR"));
        Assert.That(run.Stderr, Does.Contain("To fetch them yourself: `backtest data fetch PLTR NVDA SPY`; or run on price files you have with `--data DIR`."));
        Assert.That(Directory.GetFileSystemEntries(_out), Is.Empty);
    }

    [Test]
    public void Run_WithDataOption_NeverFetches()
    {
        string empty = NewTempFolder();
        using var server = LocalYahoo.ServeFixtures();

        CliRun run = TestCli.Run(LocalYahoo.Environment(server.BaseAddress, Path.Combine(empty, "default")), ["run", Burry, "--data", empty, "--out", _out, "--no-report"]);

        AssertBadInput(run, "no price file for PLTR, NVDA in", "the folder holds no price files). Fetch them with: backtest data fetch PLTR NVDA --data ");
        Assert.That(server.Requests, Is.Empty);
    }

    [Test]
    public void Run_DefaultBenchmarkCannotBeFetched_RunsWithoutItAndSaysSo()
    {
        string data = CopyOfFixturePrices();
        File.Delete(Path.Combine(data, "SPY.csv"));
        using var server = new LocalHttpServer(_ => ServerAnswer.ServerError());

        CliRun run = RunWithDefaultData(server.BaseAddress, data, Burry);

        AssertSucceeded(run);
        Assert.That(run.Output, Does.Contain("Fetching SPY from yahoo"));
        Assert.That(run.Stderr, Does.Contain("Note: could not fetch the benchmark SPY, so the run goes on without it: gave up on SPY"));
        Assert.That(run.Stderr, Does.Contain("Note: no benchmark: SPY.csv is not in"));
    }

    [Test]
    public void Run_MissingTickerTheSourceDoesNotKnow_ExitsTwoNamingIt()
    {
        string data = CopyOfFixturePrices();
        using var server = LocalYahoo.ServeFixtures();

        CliRun run = RunWithDefaultData(server.BaseAddress, data, "buy-and-hold", "--set", "ticker=NOPE", "--from", "2025-10-01");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Stderr, Does.StartWith($"Error: '{data}' has no prices for NOPE and fetching them failed: Yahoo does not know the ticker 'NOPE'"));
        Assert.That(run.Stderr, Does.Contain("`backtest data fetch NOPE`"));
        Assert.That(Directory.GetFileSystemEntries(_out), Is.Empty);
    }
}
