using Backtest.Core.Data;
using Backtest.Testing;
using Backtest.Testing.Http;

namespace Backtest.Cli.Tests.Commands;

/// <summary>
/// <c>data fetch</c> against a local server standing in for Yahoo: the files it writes, what it says, and exit code 2
/// with one message for every failure. Each test writes only into its own temporary folder.
/// </summary>
public partial class DataFetchCommandTests
{
    private const string June2024 = "--from 2024-06-01 --to 2024-06-30";

    private string _root = string.Empty;
    private string _data = string.Empty;

    [SetUp]
    public void CreateFolders()
    {
        _root = TestPaths.NewTempFolder();
        _data = Path.Combine(_root, "data");
    }

    [TearDown]
    public void DeleteFolders() => Directory.Delete(_root, recursive: true);

    private CliRun Fetch(LocalHttpServer server, string arguments) =>
        TestCli.Run(LocalYahoo.Environment(server.BaseAddress, _data), ["data", "fetch", .. arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

    private string[] DataFiles() =>
        Directory.Exists(_data) ? [.. Directory.GetFiles(_data).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)] : [];

    private static void AssertBadInput(CliRun run, params string[] expected)
    {
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Stderr, Does.StartWith("Error: "));
        foreach (string text in expected)
        {
            Assert.That(run.Stderr, Does.Contain(text));
        }
    }

    [Test]
    public void Fetch_SplitWeek_WritesThreeFilesTheLoaderReadsAndSaysWhatItGot()
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(YahooChart.NvdaSplitWeek));

        CliRun run = Fetch(server, $"NVDA {June2024}");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(run.Output, Does.Contain($"Fetching NVDA from yahoo, 2024-06-01 to 2024-06-30, into {_data}"));
        Assert.That(run.Output, Does.Contain($"NVDA: 5 days 2024-06-04 to 2024-06-11, 1 dividend, 1 split -> {Path.Combine(_data, "NVDA.csv")}"));
        Assert.That(run.Output, Does.Contain("skipped 1 day: 2024-06-05 (no prices)"));
        Assert.That(DataFiles(), Is.EqualTo(new[] { "NVDA.csv", "NVDA_dividends.csv", "NVDA_splits.csv" }));
        TickerSeries series = new CsvFolderSource(_data).Load("NVDA");
        Assert.That(series.Close, Is.EqualTo(YahooChart.NvdaBars.Select(b => b.Close)));
        Assert.That(series.Dividends, Is.EqualTo(new[] { new Dividend(new DateOnly(2024, 6, 11), 0.01) }));
        Assert.That(File.ReadAllText(Path.Combine(_data, "NVDA_splits.csv")), Is.EqualTo("Date,Numerator,Denominator\n2024-06-10,10,1\n"));
    }

    [Test]
    public void Fetch_SeveralTickersInAnyCase_WritesEachUnderItsUpperCaseName()
    {
        using var server = LocalYahoo.ServeFixtures();

        CliRun run = Fetch(server, "nvda PLTR MSFT SPY --from 2025-09-01");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(server.Requests.Select(r => r.Ticker), Is.EqualTo(new[] { "NVDA", "PLTR", "MSFT", "SPY" }));
        Assert.That(new CsvFolderSource(_data).Tickers, Is.EqualTo(new[] { "MSFT", "NVDA", "PLTR", "SPY" }));
        Assert.That(
            ClosingPrices.Read(Path.Combine(_data, "PLTR.csv")).On("2025-10-01"),
            Is.EqualTo(ClosingPrices.Read(Path.Combine(TestCli.FixturePrices, "PLTR.csv")).On("2025-10-01")));
    }

    [Test]
    public void Fetch_NoWindow_AsksForTheWholeHistoryUpToYesterday()
    {
        using var server = LocalYahoo.ServeFixtures();

        CliRun run = Fetch(server, "SPY");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        // The test clock says 2026-01-15: to 2026-01-14, asked up to 2026-01-16 00:00 UTC; from 1970-01-01, asked from the day before.
        Assert.That(run.Output, Does.Contain("from yahoo, 1970-01-01 to 2026-01-14"));
        Assert.That(server.Requests.Single().Query("period1"), Is.EqualTo("-86400"));
        Assert.That(server.Requests.Single().Query("period2"), Is.EqualTo("1768521600"));
    }

    [Test]
    public void Fetch_OverAnOldFile_ReplacesIt()
    {
        Directory.CreateDirectory(_data);
        File.WriteAllText(Path.Combine(_data, "NVDA.csv"), "Date,Open,High,Low,Close,Volume\n2020-01-02,1,1,1,1,1\n");
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(YahooChart.NvdaSplitWeek));

        CliRun run = Fetch(server, $"NVDA {June2024}");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(new CsvFolderSource(_data).Load("NVDA").FirstDate, Is.EqualTo(new DateOnly(2024, 6, 4)));
        Assert.That(DataFiles(), Is.EqualTo(new[] { "NVDA.csv", "NVDA_dividends.csv", "NVDA_splits.csv" }));
    }

    [Test]
    public void Fetch_DataOption_WritesThereNotInTheDefaultFolder()
    {
        string elsewhere = Path.Combine(_root, "elsewhere");
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(YahooChart.NvdaSplitWeek));

        CliRun run = Fetch(server, $"NVDA {June2024} --data {elsewhere}");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(File.Exists(Path.Combine(elsewhere, "NVDA.csv")), Is.True);
        Assert.That(Directory.Exists(_data), Is.False);
    }

    [Test]
    public void Help_ShowsTheOptionsAndExitsZero()
    {
        CliRun run = TestCli.Run("data", "fetch", "--help");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(run.Output, Does.Contain("--from").And.Contain("--to").And.Contain("--data").And.Contain("--source").And.Contain("--timeout").And.Contain("--attempts"));
    }
}
