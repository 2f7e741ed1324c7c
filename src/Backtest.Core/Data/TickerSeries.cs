namespace Backtest.Core.Data;

/// <summary>One ticker's daily bars and dividends as loaded and checked, in date order.</summary>
/// <remarks>Arrays are parallel to <see cref="Dates"/>. Prices are split-adjusted, not dividend-adjusted.</remarks>
public sealed class TickerSeries
{
    /// <summary>
    /// Creates a series; the loaders check each value against its row, this checks the shapes agree and every price and
    /// dividend lies within <see cref="PriceBounds"/>, which every source shares.
    /// </summary>
    public TickerSeries(
        string ticker,
        DateOnly[] dates,
        double[] open,
        double[] high,
        double[] low,
        double[] close,
        double[] volume,
        Dividend[] dividends,
        IReadOnlyList<DataFile> files,
        Split[]? splits = null)
    {
        int n = dates.Length;
        if (open.Length != n || high.Length != n || low.Length != n || close.Length != n || volume.Length != n)
        {
            throw new ArgumentException($"bar arrays of {ticker} differ in length");
        }

        Ticker = ticker;
        Dates = dates;
        Open = open;
        High = high;
        Low = low;
        Close = close;
        Volume = volume;
        Dividends = dividends;
        Files = files;
        Splits = splits ?? [];
        PriceBounds.Check(this);
    }

    /// <summary>The ticker, upper case.</summary>
    public string Ticker { get; }

    /// <summary>Trading days, strictly increasing.</summary>
    public DateOnly[] Dates { get; }

    /// <summary>Opening prices.</summary>
    public double[] Open { get; }

    /// <summary>Highs.</summary>
    public double[] High { get; }

    /// <summary>Lows.</summary>
    public double[] Low { get; }

    /// <summary>Closing prices.</summary>
    public double[] Close { get; }

    /// <summary>Volumes (shares).</summary>
    public double[] Volume { get; }

    /// <summary>Dividends by ex-date, increasing.</summary>
    public Dividend[] Dividends { get; }

    /// <summary>Splits by date, increasing; applied to positions only when the prices are raw (as traded).</summary>
    public Split[] Splits { get; }

    /// <summary>The files the series came from.</summary>
    public IReadOnlyList<DataFile> Files { get; }

    /// <summary>The number of bars.</summary>
    public int Count => Dates.Length;

    /// <summary>The first trading day (the listing day for a ticker that listed inside the data).</summary>
    public DateOnly FirstDate => Dates[0];

    /// <summary>The last trading day in the data.</summary>
    public DateOnly LastDate => Dates[^1];
}
