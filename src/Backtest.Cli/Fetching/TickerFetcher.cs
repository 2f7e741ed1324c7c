using Backtest.Cli.Output;
using Backtest.Core.Download;
using Spectre.Console;

namespace Backtest.Cli.Fetching;

/// <summary>Downloads tickers one after another into a data folder, saying what each one got.</summary>
/// <param name="console">Where the lines go.</param>
/// <param name="downloader">The source.</param>
public sealed class TickerFetcher(IAnsiConsole console, IPriceDownloader downloader)
{
    private const int DatesShown = 5;

    /// <summary>
    /// Fetches each ticker over <paramref name="from"/> to <paramref name="to"/> into <paramref name="folder"/>. The first
    /// failure stops the rest with its <see cref="Core.InputException"/>; the tickers done before it keep their new files.
    /// </summary>
    public async Task FetchAsync(IEnumerable<string> tickers, string folder, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        foreach (string ticker in tickers)
        {
            DownloadedPrices prices = await downloader.DownloadAsync(new DownloadRequest(ticker, from, to), cancellationToken).ConfigureAwait(false);
            PriceFiles files = PriceFileWriter.Write(folder, prices);
            console.Write(new MessageLine($"{prices.Ticker}: {Summary(prices)} -> {files.Prices} (and _dividends, _splits){Skipped(prices.Skipped)}"));
        }
    }

    private static string Summary(DownloadedPrices prices) =>
        $"{Count(prices.Bars.Count, "day")} {prices.Bars[0].Date:yyyy-MM-dd} to {prices.Bars[^1].Date:yyyy-MM-dd}, " +
        $"{Count(prices.Dividends.Count, "dividend")}, {Count(prices.Splits.Count, "split")}";

    // Days left out are named, a few at least, so that a gap in the file is never a surprise.
    private static string Skipped(IReadOnlyList<SkippedDay> skipped)
    {
        if (skipped.Count == 0)
        {
            return string.Empty;
        }

        string shown = string.Join(", ", skipped.Take(DatesShown).Select(s => $"{s.Date:yyyy-MM-dd} ({s.Reason})"));
        return $"; skipped {Count(skipped.Count, "day")}: {shown}{(skipped.Count > DatesShown ? ", ..." : string.Empty)}";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n:N0} {noun}s";
}
