using Backtest.Cli.Fetching;
using Backtest.Cli.Output;
using Backtest.Core.Download;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary><c>data fetch</c>: downloads daily bars, dividends and splits into the data folder, in the loader's format.</summary>
public sealed class DataFetchCommand(IAnsiConsole console, CliEnvironment environment) : AsyncCommand<DataFetchSettings>
{
    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CommandContext context, DataFetchSettings settings, CancellationToken cancellationToken)
    {
        IPriceDownloader downloader = environment.Downloaders.Create(settings.Source, settings.ToOptions());
        DateOnly from = settings.FromDate ?? FetchDefaults.From;
        DateOnly to = settings.ToDate ?? FetchDefaults.To(environment.Clock);
        if (from > to)
        {
            throw DownloadErrors.EmptyWindow(from, to);
        }

        string folder = settings.Data ?? environment.DataFolder;
        string[] tickers = [.. settings.Tickers.Select(t => t.ToUpperInvariant()).Distinct()];
        console.Write(new MessageLine($"Fetching {string.Join(", ", tickers)} from {settings.Source}, {from:yyyy-MM-dd} to {to:yyyy-MM-dd}, into {folder}"));
        await new TickerFetcher(console, downloader).FetchAsync(tickers, folder, from, to, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
