namespace Backtest.Core.Runs;

/// <summary>The tickers a run needs that its data folder lacks, handed to <see cref="RunRequest.FetchMissing"/> before loading.</summary>
/// <param name="Folder">The data folder they should be in.</param>
/// <param name="Needed">Tickers the run cannot go without: the strategy's, and a benchmark the user named.</param>
/// <param name="DefaultBenchmark">The default benchmark (SPY) when it is missing too: the run goes on without it if it cannot be had.</param>
public sealed record MissingPrices(string Folder, IReadOnlyList<string> Needed, string? DefaultBenchmark);
