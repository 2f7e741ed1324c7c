using Backtest.Core.Data;
using Backtest.Core.Download;
using Backtest.Testing.Http;

namespace Backtest.Core.Tests.Download;

/// <summary>A good answer: bars exactly as sent, null days skipped, dividends and splits on their exchange dates.</summary>
public partial class YahooChartDownloaderTests
{
    [Test]
    public void Download_SplitWeek_ReadsEveryGoodDayExactlyAndSkipsTheNullDay()
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(YahooChart.NvdaSplitWeek));

        DownloadedPrices prices = Download(server);

        Assert.That(prices.Ticker, Is.EqualTo("NVDA"));
        Assert.That(prices.Bars.Select(b => b.Date.ToString("yyyy-MM-dd")), Is.EqualTo(YahooChart.NvdaBars.Select(b => b.Date)));
        // No tolerance: the doubles are the ones in the JSON.
        Assert.That(prices.Bars.Select(b => (b.Open, b.High, b.Low, b.Close, b.Volume)), Is.EqualTo(YahooChart.NvdaBars.Select(b => (b.Open, b.High, b.Low, b.Close, b.Volume))));
        Assert.That(prices.Skipped, Is.EqualTo(new[] { new SkippedDay(new DateOnly(2024, 6, 5), "no prices") }));
        Assert.That(prices.Dividends, Is.EqualTo(new[] { new Dividend(new DateOnly(2024, 6, 11), 0.01) }));
        Assert.That(prices.Splits, Is.EqualTo(new[] { new StockSplit(new DateOnly(2024, 6, 10), 10, 1) }));
    }

    [Test]
    public void Download_AsksTheChartEndpointForDailyBarsWithEventsLikeABrowser()
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(YahooChart.NvdaSplitWeek));

        Download(server);

        RecordedRequest request = server.Requests.Single();
        Assert.That(request.Method, Is.EqualTo("GET"));
        Assert.That(request.Target, Does.StartWith("/v8/finance/chart/NVDA?"));
        Assert.That(request.Query("interval"), Is.EqualTo("1d"));
        Assert.That(request.Query("events"), Is.EqualTo("div%2Csplits"));
        Assert.That(request.Query("includeAdjustedClose"), Is.EqualTo("true"));
        // A day wider on each side than asked (2024-06-01 to 2024-06-30), in Unix seconds at midnight UTC.
        Assert.That(request.Query("period1"), Is.EqualTo("1717113600"));
        Assert.That(request.Query("period2"), Is.EqualTo("1719878400"));
        Assert.That(request.Headers["user-agent"], Does.StartWith("Mozilla/5.0"));
    }

    [Test]
    public void Download_NarrowWindow_KeepsOnlyTheDaysAndEventsInsideIt()
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(YahooChart.NvdaSplitWeek));
        var request = new DownloadRequest("NVDA", new DateOnly(2024, 6, 6), new DateOnly(2024, 6, 10));

        DownloadedPrices prices = Download(server, request: request);

        Assert.That(prices.Bars.Select(b => b.Date.Day), Is.EqualTo(new[] { 6, 7, 10 }));
        Assert.That(prices.Skipped, Is.Empty);
        Assert.That(prices.Dividends, Is.Empty, "the dividend goes ex on 2024-06-11, after the window");
        Assert.That(prices.Splits, Has.Count.EqualTo(1));
    }

    [Test]
    public void Download_ExchangeAheadOfUtc_DatesEachBarByTheExchangesOwnCalendar()
    {
        // Sydney opens at 10:00 local, 00:00 UTC in its winter: stamped 2024-06-04 23:00 UTC is the 2024-06-05 session.
        string json = YahooChart.NvdaSplitWeek
            .Replace("\"gmtoffset\":-14400,\"timezone\":\"EDT\"", "\"gmtoffset\":36000,\"timezone\":\"AEST\"")
            .Replace("\"exchangeTimezoneName\":\"America/New_York\"", "\"exchangeTimezoneName\":\"Australia/Sydney\"")
            .Replace("[1717507800,1717594200,1717680600,1717767000,1718026200,1718112600]", "[1717542000,1717628400,1717714800,1717801200,1718060400,1718146800]");
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(json));

        DownloadedPrices prices = Download(server);

        Assert.That(prices.Bars.Select(b => b.Date.ToString("MM-dd")), Is.EqualTo(new[] { "06-05", "06-07", "06-08", "06-11", "06-12" }));
    }

    [TestCase("Europe/London", TestName = "Download_MidnightStampsAcrossADaylightSavingChange_DatesEachBarInTheExchangesZoneThatDay")]
    [TestCase("Nowhere/Unknown", TestName = "Download_UnknownZone_FallsBackToTheAnswersOneOffset")]
    public void Download_MidnightStampedBarsAcrossDaylightSaving(string zone)
    {
        // EURUSD=X as Yahoo stamps it: at midnight London time, fetched in winter (gmtoffset 0). London moved to summer
        // time on Sunday 2024-03-31, so Monday 1 April's midnight is 2024-03-31 23:00 UTC: by the one winter offset it
        // would be dated Sunday 31 March.
        long[] stamps =
        [
            new DateTimeOffset(2024, 3, 28, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(),
            new DateTimeOffset(2024, 3, 29, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(),
            new DateTimeOffset(2024, 3, 31, 23, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(),
            new DateTimeOffset(2024, 4, 1, 23, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(),
        ];
        string json = YahooChart.NvdaSplitWeek
            .Replace("\"gmtoffset\":-14400,\"timezone\":\"EDT\"", "\"gmtoffset\":0,\"timezone\":\"GMT\"")
            .Replace("\"exchangeTimezoneName\":\"America/New_York\"", $"\"exchangeTimezoneName\":\"{zone}\"")
            .Replace("[1717507800,1717594200,1717680600,1717767000,1718026200,1718112600]", $"[{string.Join(',', stamps)},{stamps[3] + 86_400},{stamps[3] + (2 * 86_400)}]")
            .Replace("\"events\":{\"dividends\":{\"1718112600\":{\"amount\":0.01,\"date\":1718112600}},", "\"events\":{\"dividends\":{},")
            .Replace("\"splits\":{\"1718026200\":{\"date\":1718026200,\"numerator\":10,\"denominator\":1,\"splitRatio\":\"10:1\"}}},", "\"splits\":{}},");
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(json));

        DownloadedPrices prices = Download(server, request: new DownloadRequest("EURUSD=X", new DateOnly(2024, 3, 1), new DateOnly(2024, 4, 30)));

        // The second stamp's day has no prices in this answer (skipped); the last three are Tuesday to Thursday midnights.
        string[] dated = [.. prices.Bars.Select(b => b.Date.ToString("ddd MM-dd", System.Globalization.CultureInfo.InvariantCulture))];
        Assert.That(dated, Is.EqualTo(zone == "Europe/London"
            ? new[] { "Thu 03-28", "Mon 04-01", "Tue 04-02", "Wed 04-03", "Thu 04-04" }
            : new[] { "Thu 03-28", "Sun 03-31", "Mon 04-01", "Tue 04-02", "Wed 04-03" }));
    }

    [Test]
    public void Download_LatestDayListedTwice_KeepsOneBarADayTheLaterOne()
    {
        // Yahoo can list the day in progress twice: once at the open, once at the last quote.
        string json = YahooChart.NvdaSplitWeek
            .Replace("1718026200,1718112600]", "1718112600,1718130000]")
            .Replace("\"close\":[116.43699645996094,null,120.99800109863281,120.88800048828125,121.79000091552734,120.91000366210938]",
                "\"close\":[116.43699645996094,null,120.99800109863281,120.88800048828125,121.79000091552734,122.5]");
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(json));

        DownloadedPrices prices = Download(server);

        Assert.That(prices.Bars.Select(b => b.Date.Day), Is.EqualTo(new[] { 4, 6, 7, 11 }));
        Assert.That(prices.Bars[^1].Close, Is.EqualTo(122.5));
    }

    [Test]
    public void Download_BarOutsideItsOwnRange_IsSkippedSoTheFileLoads()
    {
        // 2024-06-07's open of 130 is above its high: the loader would stop on it.
        string json = YahooChart.NvdaSplitWeek.Replace("124.05000305175781,119.7699966430664", "124.05000305175781,130");
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(json));

        DownloadedPrices prices = Download(server);

        Assert.That(prices.Bars.Select(b => b.Date.Day), Is.EqualTo(new[] { 4, 6, 10, 11 }));
        Assert.That(prices.Skipped.Select(s => (s.Date.Day, s.Reason)), Is.EqualTo(new[] { (5, "no prices"), (7, "open or close outside the day's low..high") }));
    }

    [Test]
    public void Download_BaseAddressWithAPath_AsksUnderThatPath()
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(YahooChart.NvdaSplitWeek));

        Downloader(new Uri(server.BaseAddress, "mirror/yahoo"), Fast()).DownloadAsync(Nvda, CancellationToken.None).GetAwaiter().GetResult();

        Assert.That(server.Requests.Single().Target, Does.StartWith("/mirror/yahoo/v8/finance/chart/NVDA?"));
    }
}
