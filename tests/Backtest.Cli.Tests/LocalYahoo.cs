using System.Globalization;
using Backtest.Core.Download;
using Backtest.Testing.Http;

namespace Backtest.Cli.Tests;

/// <summary>The CLI wired to a local server standing in for Yahoo, and a server that serves the fixture prices as Yahoo would.</summary>
internal static class LocalYahoo
{
    /// <summary>
    /// The test environment with <paramref name="dataFolder"/> as the default data folder and <c>yahoo</c> at
    /// <paramref name="baseAddress"/>, retrying after about a millisecond with seeded jitter so that tests stay quick.
    /// </summary>
    public static CliEnvironment Environment(Uri baseAddress, string dataFolder) =>
        TestCli.Environment() with
        {
            DataFolder = dataFolder,
            Downloaders = new PriceDownloaderRegistry(new Dictionary<string, Func<DownloadOptions, IPriceDownloader>>
            {
                ["yahoo"] = options => new YahooChartDownloader(
                    new HttpClient { BaseAddress = baseAddress },
                    options with { FirstRetryDelay = TimeSpan.FromMilliseconds(1), MaxRetryDelay = TimeSpan.FromMilliseconds(20), Jitter = new Random(7).NextDouble }),
            }),
        };

    /// <summary>A server answering each chart request with that ticker's fixture prices and dividends; 404 for any other ticker.</summary>
    public static LocalHttpServer ServeFixtures() => new(request =>
    {
        string ticker = request.Ticker.ToUpperInvariant();
        string prices = Path.Combine(TestCli.FixturePrices, ticker + ".csv");
        if (!File.Exists(prices))
        {
            return ServerAnswer.NotFound();
        }

        CsvTable bars = CsvTable.Read(prices);
        string dividendsPath = Path.Combine(TestCli.FixturePrices, ticker + "_dividends.csv");
        var dividends = File.Exists(dividendsPath) ? CsvTable.Read(dividendsPath) : null;
        return ServerAnswer.Ok(YahooChart.Build(
            ticker,
            bars.Rows.Select(r => (DateOnly.ParseExact(bars.Text(r, "Date"), "yyyy-MM-dd", CultureInfo.InvariantCulture), bars.Number(r, "Open"), bars.Number(r, "High"), bars.Number(r, "Low"), bars.Number(r, "Close"), bars.Number(r, "Volume"))),
            dividends?.Rows.Select(r => (DateOnly.ParseExact(dividends.Text(r, "Date"), "yyyy-MM-dd", CultureInfo.InvariantCulture), dividends.Number(r, "Dividend"))) ?? []));
    });
}
