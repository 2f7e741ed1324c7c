using Backtest.Core.Data;

namespace Backtest.Core.Download;

/// <summary>One ticker's download: bars, dividends and splits in date order, plus the days left out.</summary>
/// <param name="Ticker">The ticker, upper case, as the files are named.</param>
/// <param name="Bars">Daily bars, dates strictly increasing, each passing the loader's checks.</param>
/// <param name="Dividends">Cash per (split-adjusted) share on each ex-date, dates strictly increasing.</param>
/// <param name="Splits">Splits on their effective days, dates strictly increasing.</param>
/// <param name="Skipped">Days the provider listed that were left out (nulls, impossible bars).</param>
public sealed record DownloadedPrices(
    string Ticker,
    IReadOnlyList<DailyBar> Bars,
    IReadOnlyList<Dividend> Dividends,
    IReadOnlyList<StockSplit> Splits,
    IReadOnlyList<SkippedDay> Skipped);
