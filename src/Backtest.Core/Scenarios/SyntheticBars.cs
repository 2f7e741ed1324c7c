using Backtest.Core.Data;

namespace Backtest.Core.Scenarios;

/// <summary>One ticker's made-up days after the scenario's start: opens, closes and the dividends its yield pays.</summary>
/// <param name="Dates">The synthetic trading days.</param>
/// <param name="Open">Opening prices.</param>
/// <param name="Close">Closing prices.</param>
/// <param name="Dividends">Dividends with their ex-dates among <paramref name="Dates"/>.</param>
public sealed record SyntheticBars(DateOnly[] Dates, double[] Open, double[] Close, Dividend[] Dividends)
{
    /// <summary>
    /// <paramref name="real"/> (cut at the scenario's start) followed by these days. A synthetic day has no high or low
    /// of its own (the engine trades at the open and close), so they span its open and close; it has no volume (NaN).
    /// </summary>
    public TickerSeries After(TickerSeries real)
    {
        int n = real.Count, m = Dates.Length;
        var high = new double[n + m];
        var low = new double[n + m];
        var volume = new double[n + m];
        real.High.CopyTo(high, 0);
        real.Low.CopyTo(low, 0);
        real.Volume.CopyTo(volume, 0);
        for (int k = 0; k < m; k++)
        {
            high[n + k] = Math.Max(Open[k], Close[k]);
            low[n + k] = Math.Min(Open[k], Close[k]);
            volume[n + k] = double.NaN;
        }

        return new TickerSeries(
            real.Ticker,
            [.. real.Dates, .. Dates],
            [.. real.Open, .. Open],
            high,
            low,
            [.. real.Close, .. Close],
            volume,
            [.. real.Dividends, .. Dividends],
            real.Files,
            real.Splits);
    }
}
