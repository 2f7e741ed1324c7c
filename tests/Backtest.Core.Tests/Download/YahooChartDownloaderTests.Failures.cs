using Backtest.Core.Download;
using Backtest.Testing.Http;

namespace Backtest.Core.Tests.Download;

/// <summary>Answers that retrying would not mend: an unknown ticker, a refusal, a malformed answer. Asked once, reported clearly.</summary>
public partial class YahooChartDownloaderTests
{
    [Test]
    public void Download_UnknownTicker_IsInputErrorNamingTheTickerAndYahoosWords()
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.NotFound());
        var request = Nvda with { Ticker = "NVDAX" };

        InputException error = DownloadFails(server, request: request);

        Assert.That(error.Message, Does.StartWith("Yahoo does not know the ticker 'NVDAX' (No data found, symbol may be delisted)"));
        Assert.That(error.Message, Does.Contain($"{server.BaseAddress}v8/finance/chart/NVDAX?"));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void Download_ChartErrorInAnOkAnswer_IsAnUnknownTickerToo()
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(YahooChart.NotFound));

        InputException error = DownloadFails(server);

        Assert.That(error.Message, Does.StartWith("Yahoo does not know the ticker 'NVDA'"));
    }

    [Test]
    public void Download_BadRequest_IsRefusedOnceWithTheStatusAndDescription()
    {
        const string body = """{"chart":{"result":null,"error":{"code":"Bad Request","description":"Invalid input - start date cannot be after end date"}}}""";
        using var server = new LocalHttpServer(_ => new ServerAnswer(400, "Bad Request", body));

        InputException error = DownloadFails(server);

        Assert.That(error.Message, Does.StartWith("Yahoo refused the request for NVDA: HTTP 400 Bad Request (Invalid input - start date cannot be after end date)"));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void Download_NoTradingDayInTheWindow_SaysSoNamingTheWindow()
    {
        const string body = """{"chart":{"result":[{"meta":{"symbol":"NVDA","gmtoffset":-14400},"indicators":{"quote":[{}],"adjclose":[{}]}}],"error":null}}""";
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(body));

        InputException error = DownloadFails(server);

        Assert.That(error.Message, Does.StartWith("Yahoo has no daily bars for NVDA from 2024-06-01 to 2024-06-30"));
    }

    [TestCase("{\"chart\":{\"result\":[{\"meta\"", "it is not JSON")]
    [TestCase("<html>Service temporarily unavailable</html>", "it is not JSON")]
    [TestCase("[]", "the top level is a list, not an object with 'chart'")]
    [TestCase("{\"finance\":{}}", "chart is missing")]
    [TestCase("{\"chart\":{\"result\":[],\"error\":null}}", "chart.result is a list, not a list with one result")]
    [TestCase("{\"chart\":{\"result\":null,\"error\":null}}", "chart.result is missing")]
    [TestCase("{\"chart\":{\"result\":[{\"timestamp\":[1717507800]}]}}", "chart.result[0].meta is missing")]
    [TestCase("{\"chart\":{\"result\":[{\"meta\":{},\"timestamp\":[1717507800]}]}}", "chart.result[0].meta.gmtoffset is missing")]
    [TestCase("{\"chart\":{\"result\":[{\"meta\":{\"gmtoffset\":0},\"timestamp\":[1717507800]}]}}", "chart.result[0].indicators is missing")]
    [TestCase("{\"chart\":{\"result\":[{\"meta\":{\"gmtoffset\":0},\"timestamp\":[1717507800],\"indicators\":{\"quote\":[]}}]}}", "chart.result[0].indicators.quote is an empty list")]
    [TestCase("{\"chart\":{\"result\":[{\"meta\":{\"gmtoffset\":0},\"timestamp\":[1717507800],\"indicators\":{\"quote\":[{\"open\":[1],\"high\":[1],\"low\":[1],\"volume\":[1]}]}}]}}", "chart.result[0].indicators.quote[0].close is missing")]
    [TestCase("{\"chart\":{\"result\":[{\"meta\":{\"gmtoffset\":0},\"timestamp\":[1717507800,1717594200],\"indicators\":{\"quote\":[{\"open\":[1,1],\"high\":[1,1],\"low\":[1],\"close\":[1,1],\"volume\":[1,1]}]}}]}}", "chart.result[0].indicators.quote[0].low has 1 values but chart.result[0].timestamp has 2")]
    [TestCase("{\"chart\":{\"result\":[{\"meta\":{\"gmtoffset\":0},\"timestamp\":[1717507800],\"indicators\":{\"quote\":[{\"open\":[\"1.5\"],\"high\":[1],\"low\":[1],\"close\":[1],\"volume\":[1]}]}}]}}", "chart.result[0].indicators.quote[0].open[0] is a string, not a number")]
    [TestCase("{\"chart\":{\"result\":[{\"meta\":{\"gmtoffset\":0},\"timestamp\":\"1717507800\"}]}}", "chart.result[0].timestamp is a string, not a list")]
    [TestCase("{\"chart\":{\"result\":[{\"meta\":{\"gmtoffset\":0},\"timestamp\":[1717507800.5],\"indicators\":{\"quote\":[{\"open\":[1],\"high\":[1],\"low\":[1],\"close\":[1],\"volume\":[1]}]}}]}}", "chart.result[0].timestamp[0] is a number, not a whole number")]
    [TestCase("{\"chart\":{\"result\":[{\"meta\":{\"gmtoffset\":0},\"timestamp\":[1717507800],\"events\":{\"splits\":{\"1717507800\":{\"date\":1717507800,\"numerator\":10,\"denominator\":0}}},\"indicators\":{\"quote\":[{\"open\":[1],\"high\":[1],\"low\":[1],\"close\":[1],\"volume\":[1]}]}}]}}", "chart.result[0].events.splits[\"1717507800\"].denominator 0 is not a positive share count")]
    [TestCase("{\"chart\":{\"result\":[{\"meta\":{\"gmtoffset\":0},\"timestamp\":[1717507800],\"events\":{\"dividends\":{\"1717507800\":{\"date\":1717507800}}},\"indicators\":{\"quote\":[{\"open\":[1],\"high\":[1],\"low\":[1],\"close\":[1],\"volume\":[1]}]}}]}}", "chart.result[0].events.dividends[\"1717507800\"].amount is missing")]
    public void Download_MalformedAnswer_IsInputErrorNamingTickerProblemAndUrlWithoutRetrying(string body, string problem)
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(body));

        InputException error = DownloadFails(server);

        Assert.That(error.Message, Does.StartWith($"Yahoo's answer for NVDA is malformed: {problem}"));
        Assert.That(error.Message, Does.Contain($"({server.BaseAddress}v8/finance/chart/NVDA?"));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [TestCase("../NVDA")]
    [TestCase("NVDA_dividends")]
    [TestCase("")]
    [TestCase("A VERY LONG NAME")]
    public void Download_TickerThatCannotNameAFile_FailsWithoutAsking(string ticker)
    {
        using var server = new LocalHttpServer(_ => ServerAnswer.Ok(YahooChart.NvdaSplitWeek));

        InputException error = DownloadFails(server, request: Nvda with { Ticker = ticker });

        Assert.That(error.Message, Does.StartWith($"'{ticker}' is not a ticker"));
        Assert.That(server.Requests, Is.Empty);
    }
}
