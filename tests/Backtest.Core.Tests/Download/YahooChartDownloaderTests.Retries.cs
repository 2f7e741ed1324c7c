using System.Diagnostics;
using Backtest.Core.Download;
using Backtest.Testing.Http;

namespace Backtest.Core.Tests.Download;

/// <summary>Retries: 429, 5xx, timeouts and answers cut short are asked again with backoff, a bounded number of times.</summary>
public partial class YahooChartDownloaderTests
{
    [Test]
    public void Download_TooManyRequestsThenSuccess_RetriesAndReadsTheAnswer()
    {
        using var server = new LocalHttpServer(InTurn(ServerAnswer.TooManyRequests(), ServerAnswer.Ok(YahooChart.NvdaSplitWeek)));

        DownloadedPrices prices = Download(server);

        Assert.That(prices.Bars, Has.Count.EqualTo(5));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(4)]
    public void Download_ServerErrorEveryTime_GivesUpAfterTheAttemptsNamingTickerUrlAndLastStatus(int attempts)
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.ServerError());

        InputException error = DownloadFails(server, Fast(attempts));

        Assert.That(server.Requests, Has.Count.EqualTo(attempts));
        Assert.That(error.Message, Does.StartWith($"gave up on NVDA after {attempts} attempt(s) at Yahoo: the last one got HTTP 500 Internal Server Error"));
        Assert.That(error.Message, Does.Contain($"({server.BaseAddress}v8/finance/chart/NVDA?period1="));
    }

    [Test]
    public void Download_ServiceUnavailableThenTooManyRequests_ReportsTheLastStatus()
    {
        using var server = new LocalHttpServer(InTurn(new ServerAnswer(503, "Service Unavailable", "busy"), ServerAnswer.TooManyRequests()));

        InputException error = DownloadFails(server, Fast(attempts: 2));

        Assert.That(error.Message, Does.Contain("the last one got HTTP 429 Too Many Requests"));
    }

    [Test]
    public void Download_SlowAnswerEveryTime_TimesOutEachAttemptAndGivesUp()
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(YahooChart.NvdaSplitWeek) with { Delay = TimeSpan.FromSeconds(30) });
        var clock = Stopwatch.StartNew();

        InputException error = DownloadFails(server, Fast(attempts: 2, timeoutSeconds: 0.25));

        Assert.That(error.Message, Does.StartWith("gave up on NVDA after 2 attempt(s) at Yahoo: the last one got no answer within 0.25 s"));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), "each attempt stops at its timeout, not the server's delay");
    }

    [Test]
    public void Download_SlowFirstAnswerThenQuickOne_Succeeds()
    {
        using var server = new LocalHttpServer(InTurn(
            ServerAnswer.Ok(YahooChart.NvdaSplitWeek) with { Delay = TimeSpan.FromSeconds(30) },
            ServerAnswer.Ok(YahooChart.NvdaSplitWeek)));

        // A whole second for the quick answer, so that a busy machine does not turn it into a second timeout.
        DownloadedPrices prices = Download(server, Fast(attempts: 2, timeoutSeconds: 1));

        Assert.That(prices.Bars, Has.Count.EqualTo(5));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public void Download_AnswerCutShortEveryTime_RetriesThenGivesUpSayingTheConnectionClosed()
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(YahooChart.NvdaSplitWeek) with { CutAfterBytes = 300 });

        InputException error = DownloadFails(server, Fast(attempts: 3));

        Assert.That(error.Message, Does.StartWith("gave up on NVDA after 3 attempt(s) at Yahoo: the last one got a connection closed before the answer was complete"));
        Assert.That(server.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public void Download_NothingListening_FailsAtOnceAsUnreachableWithoutRetrying()
    {
        // Retries a minute apart: had the refused connection been retried, this would take minutes.
        var options = Fast() with { FirstRetryDelay = TimeSpan.FromMinutes(1), MaxRetryDelay = TimeSpan.FromMinutes(1) };
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<InputException>(() =>
            Downloader(LocalHttpServer.UnusedAddress(), options).DownloadAsync(Nvda, CancellationToken.None).GetAwaiter().GetResult());

        Assert.That(error!.Message, Does.StartWith("cannot reach Yahoo for NVDA: ").And.Contain("Check the network connection"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
    }

    [Test]
    public void Download_Retrying_DrawsTheJitterFromTheInjectedSource()
    {
        int draws = 0;
        var options = Fast(attempts: 3) with { Jitter = () => { draws++; return 0.5; } };
        using var server = new LocalHttpServer(_ => ServerAnswer.ServerError());

        DownloadFails(server, options);

        Assert.That(draws, Is.GreaterThan(0));
    }

    [Test]
    public void Download_CallerCancels_StopsWithCancellationNotAnError()
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(YahooChart.NvdaSplitWeek) with { Delay = TimeSpan.FromSeconds(30) });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.That(
            async () => await Downloader(server.BaseAddress, Fast()).DownloadAsync(Nvda, cancel.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }
}
