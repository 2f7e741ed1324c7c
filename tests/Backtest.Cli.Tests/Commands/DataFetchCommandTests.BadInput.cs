using Backtest.Cli.Fetching;
using Backtest.Testing.Http;

namespace Backtest.Cli.Tests.Commands;

/// <summary>Every failure of <c>data fetch</c> is exit code 2 with one message naming the ticker and what to do, and writes nothing.</summary>
public partial class DataFetchCommandTests
{
    [Test]
    public void Fetch_UnknownTicker_ExitsTwoNamingItAndWritesNothing()
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.NotFound());

        CliRun run = Fetch(server, $"NOPE {June2024}");

        AssertBadInput(run, "Yahoo does not know the ticker 'NOPE' (No data found, symbol may be delisted)", "/v8/finance/chart/NOPE?");
        Assert.That(DataFiles(), Is.Empty);
    }

    [Test]
    public void Fetch_ServerErrorsUntilGivingUp_ExitsTwoNamingTickerUrlAndLastStatus()
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.ServerError());

        CliRun run = Fetch(server, $"NVDA {June2024} --attempts 3");

        AssertBadInput(run, "gave up on NVDA after 3 attempt(s) at Yahoo: the last one got HTTP 500 Internal Server Error", $"{server.BaseAddress}v8/finance/chart/NVDA?");
        Assert.That(server.Requests, Has.Count.EqualTo(3));
        Assert.That(DataFiles(), Is.Empty);
    }

    [Test]
    public void Fetch_SlowServer_TimesOutAtTheTimeoutGiven()
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(YahooChart.NvdaSplitWeek) with { Delay = TimeSpan.FromSeconds(30) });

        CliRun run = Fetch(server, $"NVDA {June2024} --timeout 0.3 --attempts 1");

        AssertBadInput(run, "gave up on NVDA after 1 attempt(s) at Yahoo: the last one got no answer within 0.3 s");
    }

    [Test]
    public void Fetch_MalformedAnswer_ExitsTwoNamingTheProblem()
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok("{\"chart\":"));

        CliRun run = Fetch(server, $"NVDA {June2024}");

        AssertBadInput(run, "Yahoo's answer for NVDA is malformed: it is not JSON");
        Assert.That(DataFiles(), Is.Empty);
    }

    [Test]
    public void Fetch_SecondTickerFails_KeepsTheFirstsFilesAndNamesTheSecond()
    {
        using var server = LocalYahoo.ServeFixtures();

        CliRun run = Fetch(server, "NVDA NOPE SPY");

        AssertBadInput(run, "Yahoo does not know the ticker 'NOPE'");
        Assert.That(DataFiles(), Is.EqualTo(new[] { "NVDA.csv", "NVDA_dividends.csv", "NVDA_splits.csv" }));
        Assert.That(server.Requests, Has.Count.EqualTo(2), "SPY is not asked after NOPE failed");
    }

    [Test]
    public void Fetch_UnknownSource_ExitsTwoListingTheKnownOnes()
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(YahooChart.NvdaSplitWeek));

        CliRun run = Fetch(server, "NVDA --source google");

        AssertBadInput(run, "unknown --source 'google'; the sources are: yahoo");
        Assert.That(server.Requests, Is.Empty);
    }

    [TestCase("", "TICKERS")]
    [TestCase("../NVDA", "'../NVDA' is not a ticker")]
    [TestCase("NVDA_X", "'NVDA_X' is not a ticker")]
    [TestCase("NVDA --from 2024-13-01", "--from '2024-13-01' is not a date yyyy-MM-dd")]
    [TestCase("NVDA --to 06/30/2024", "--to '06/30/2024' is not a date yyyy-MM-dd")]
    [TestCase("NVDA --from 2024-06-30 --to 2024-06-01", "--from 2024-06-30 is after --to 2024-06-01")]
    [TestCase("NVDA --from 2026-02-01", "nothing to fetch: from 2026-02-01 is after to 2026-01-14")]
    [TestCase("NVDA --timeout 0", "--timeout 0: expected seconds above 0, at most 600")]
    [TestCase("NVDA --attempts 0", "--attempts 0: expected a whole number from 1 to 20")]
    [TestCase("NVDA --attempts many", "many")]
    [TestCase("NVDA --form 2024-06-01", "Unknown option 'form'")]
    public void Fetch_BadArguments_ExitTwoWithoutAsking(string arguments, string expected)
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(YahooChart.NvdaSplitWeek));

        CliRun run = Fetch(server, arguments);

        AssertBadInput(run, expected);
        Assert.That(server.Requests, Is.Empty);
    }

    [Test]
    public void DefaultEnvironment_YahooUrlVariable_SendsRequestsThere()
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(YahooChart.NvdaSplitWeek));
        var environment = CliEnvironment.Default(name => name == YahooSource.UrlVariable ? server.BaseAddress.ToString() : null) with { DataFolder = _data };

        CliRun run = TestCli.Run(environment, ["data", "fetch", "NVDA", "--from", "2024-06-01", "--to", "2024-06-30"]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(server.Requests.Single().Target, Does.StartWith("/v8/finance/chart/NVDA?"));
    }

    [TestCase("ftp://example.com/")]
    [TestCase("not a url")]
    public void DefaultEnvironment_BadYahooUrlVariable_ExitsTwoNamingTheVariable(string value)
    {
        var environment = CliEnvironment.Default(name => name == YahooSource.UrlVariable ? value : null) with { DataFolder = _data };

        CliRun run = TestCli.Run(environment, ["data", "fetch", "NVDA"]);

        AssertBadInput(run, $"BACKTEST_YAHOO_URL='{value}' is not an absolute http:// or https:// address");
    }
}
