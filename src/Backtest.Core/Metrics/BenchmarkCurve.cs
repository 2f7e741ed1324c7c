using Backtest.Core.Data;

namespace Backtest.Core.Metrics;

/// <summary>A buy-and-hold benchmark's equity on the run's calendar: same starting capital, dividends reinvested, no costs.</summary>
public sealed class BenchmarkCurve
{
    private BenchmarkCurve(string ticker, double[] equity, IReadOnlyList<DataFile> files)
    {
        Ticker = ticker;
        Equity = equity;
        Files = files;
    }

    /// <summary>The benchmark's ticker.</summary>
    public string Ticker { get; }

    /// <summary>Its equity at each close of the run (the first close equals the capital).</summary>
    public double[] Equity { get; }

    /// <summary>The files it came from.</summary>
    public IReadOnlyList<DataFile> Files { get; }

    // The last metrics measured, with the daily returns, by days and rate: every run of a sweep on this curve asks for the same.
    private (int Days, double Capital, double Rate, ReturnMetrics Metrics, double[] Returns, (double Sum, double Squares) Moments)? _measured;
    private readonly Lock _gate = new();

    /// <summary>
    /// The metrics of the curve's first <paramref name="days"/> days (months ending on <paramref name="monthEnds"/>) from
    /// <paramref name="capital"/>, its daily <paramref name="returns"/> and their <paramref name="moments"/>; measured once and kept while the
    /// same days and rate are asked for.
    /// </summary>
    internal ReturnMetrics Measure(ReadOnlySpan<int> monthEnds, int days, double capital, double riskFreeAnnual, out ReadOnlySpan<double> returns, out (double Sum, double Squares) moments)
    {
        lock (_gate)
        {
            if (_measured is { } known && known.Days == days && known.Capital == capital && known.Rate == riskFreeAnnual)
            {
                returns = known.Returns;
                moments = known.Moments;
                return known.Metrics;
            }
        }

        ReadOnlySpan<double> equity = Equity.AsSpan(0, days);
        double[] daily = DailyReturns.From(equity, capital);
        ReturnMetrics metrics = ReturnMetrics.From(monthEnds, equity, daily, capital, riskFreeAnnual, out moments);
        lock (_gate)
        {
            _measured = (days, capital, riskFreeAnnual, metrics, daily, moments);
        }

        returns = daily;
        return metrics;
    }

    /// <summary>
    /// Builds the curve of <paramref name="series"/> on <paramref name="dates"/>: invested at the first close, then
    /// growing by (close + dividend) / previous close each day; gaps carry the last close forward.
    /// </summary>
    /// <remarks>With <paramref name="rawPrices"/>, a split day's growth includes the split: r x (close + dividend) / previous close.</remarks>
    public static BenchmarkCurve Build(TickerSeries series, DateOnly[] dates, double capital, bool rawPrices = false)
    {
        if (series.FirstDate > dates[0])
        {
            throw DataErrors.BenchmarkStartsLate(series.Ticker, series.FirstDate, dates[0]);
        }

        var open = new double[dates.Length];
        var close = new double[dates.Length];
        var dividends = new double[dates.Length];
        var splits = new double[dates.Length];
        PricePanelBuilder.Align(series, dates, open, close, dividends);
        if (rawPrices)
        {
            PricePanelBuilder.PlaceSplits(series.Splits, dates, splits);
        }

        var equity = new double[dates.Length];
        equity[0] = capital;
        for (int t = 1; t < dates.Length; t++)
        {
            double ratio = splits[t] == 0 ? 1 : splits[t];
            equity[t] = equity[t - 1] * ratio * (close[t] + dividends[t]) / close[t - 1];
        }

        return new BenchmarkCurve(series.Ticker, equity, series.Files);
    }
}
