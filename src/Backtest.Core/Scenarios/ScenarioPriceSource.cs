using Backtest.Core.Data;

namespace Backtest.Core.Scenarios;

/// <summary>
/// A price source whose tickers stop at the scenario's start and go on with synthetic days: everything that reads
/// prices (the panel, the benchmark, option volatility, borrow data, checks) then runs on the scenario unchanged.
/// </summary>
/// <param name="inner">The real prices.</param>
/// <param name="start">The last real day kept.</param>
/// <param name="extend">The synthetic days that follow a ticker's real ones (given them cut at <paramref name="start"/>).</param>
public sealed class ScenarioPriceSource(IPriceSource inner, DateOnly start, Func<TickerSeries, SyntheticBars> extend) : IPriceSource
{
    /// <inheritdoc/>
    public string Location => inner.Location;

    /// <inheritdoc/>
    public IReadOnlyList<string> Tickers => inner.Tickers;

    /// <summary>The last real day kept.</summary>
    public DateOnly Start => start;

    /// <inheritdoc/>
    public TickerSeries Load(string ticker) => Extend(inner.Load(ticker));

    /// <summary><paramref name="real"/> up to the start, then its synthetic days.</summary>
    public TickerSeries Extend(TickerSeries real)
    {
        TickerSeries cut = Until(real, start);
        return extend(cut).After(cut);
    }

    /// <summary><paramref name="series"/> up to and including <paramref name="day"/>; one that ends before it is an <see cref="InputException"/>.</summary>
    public static TickerSeries Until(TickerSeries series, DateOnly day)
    {
        if (series.LastDate < day)
        {
            throw ScenarioErrors.DataEndsBeforeStart(series, day);
        }

        int k = Array.BinarySearch(series.Dates, day);
        int n = k >= 0 ? k + 1 : ~k;
        if (n == 0)
        {
            throw ScenarioErrors.DataStartsAfterStart(series, day);
        }

        return new TickerSeries(
            series.Ticker,
            series.Dates[..n],
            series.Open[..n],
            series.High[..n],
            series.Low[..n],
            series.Close[..n],
            series.Volume[..n],
            [.. series.Dividends.Where(d => d.ExDate <= day)],
            series.Files,
            [.. series.Splits.Where(s => s.Date <= day)]);
    }
}
