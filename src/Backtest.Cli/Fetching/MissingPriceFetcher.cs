using Backtest.Cli.Output;
using Backtest.Core;
using Backtest.Core.Download;
using Backtest.Core.Runs;
using Spectre.Console;

namespace Backtest.Cli.Fetching;

/// <summary>What <c>run</c> does with the default data folder: fetches the tickers it lacks, once, saying so.</summary>
/// <param name="console">Where what is fetched is said (standard output).</param>
/// <param name="errors">Where a benchmark that could not be fetched is noted.</param>
/// <param name="environment">The sources and the clock.</param>
/// <param name="cancellationToken">Stops the downloads.</param>
public sealed class MissingPriceFetcher(IAnsiConsole console, ErrorConsole errors, CliEnvironment environment, CancellationToken cancellationToken)
{
    /// <summary>
    /// Fetches <see cref="MissingPrices.Needed"/> (a failure stops the run and says how to fetch by hand or use --data) and
    /// then the default benchmark (a failure is a note: the run goes on without it, as it does without its file).
    /// </summary>
    public void Fetch(MissingPrices missing)
    {
        string[] all = [.. missing.Needed, .. missing.DefaultBenchmark is { } b ? [b] : Array.Empty<string>()];
        string source = environment.Downloaders.Names.Count > 0 ? environment.Downloaders.Names[0] : YahooSource.Name;
        console.Write(new MessageLine($"Fetching {string.Join(", ", all)} from {source} into {missing.Folder}: not there yet. (A run with --data DIR reads only that folder.)"));
        try
        {
            if (missing.Needed.Count > 0)
            {
                Download(source, missing.Needed, missing.Folder);
            }
        }
        catch (InputException e)
        {
            string[] still = [.. all.Where(t => !File.Exists(PriceFiles.For(missing.Folder, t.ToUpperInvariant()).Prices))];
            throw DownloadErrors.MissingPricesNotFetched(missing.Folder, [.. missing.Needed.Where(still.Contains)], still, e.Message);
        }

        if (missing.DefaultBenchmark is not { } benchmark)
        {
            return;
        }

        try
        {
            Download(source, [benchmark], missing.Folder);
        }
        catch (InputException e)
        {
            errors.Note($"could not fetch the benchmark {benchmark}, so the run goes on without it: {e.Message}");
        }
    }

    private void Download(string source, IEnumerable<string> tickers, string folder)
    {
        IPriceDownloader downloader = environment.Downloaders.Create(source, new DownloadOptions());
        DateOnly to = FetchDefaults.To(environment.Clock);
        var fetcher = new TickerFetcher(console, downloader);
        fetcher.FetchAsync(tickers.Select(t => t.ToUpperInvariant()), folder, FetchDefaults.From, to, cancellationToken).GetAwaiter().GetResult();
    }
}
