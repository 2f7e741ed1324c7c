namespace Backtest.Core.Data;

/// <summary>Where a run gets its daily bars: a folder of CSVs now; a downloader or other formats later.</summary>
public interface IPriceSource
{
    /// <summary>Where the prices come from, for messages and the run record.</summary>
    string Location { get; }

    /// <summary>The tickers this source can load, upper case and sorted.</summary>
    IReadOnlyList<string> Tickers { get; }

    /// <summary>Loads one ticker's bars and dividends; an unknown ticker is an <see cref="InputException"/>.</summary>
    TickerSeries Load(string ticker);
}
