using Backtest.Core.Data;

namespace Backtest.Core.Scenarios;

/// <summary>
/// An analog's moves laid over today's tickers: day k after the start, a ticker with beta b closes at its start close
/// times (analog close k / analog close at the peak)^b, and opens likewise at (analog open k / that close)^b.
/// </summary>
/// <remarks>
/// Scaling log moves by beta (a power of the level, not beta times the simple return) never takes a price to zero or
/// below, compounds the same day by day, and with beta 1 gives exactly the analog's path: its cumulative return, its
/// gaps at the open, its worst day.
/// </remarks>
public sealed class AnalogReplay
{
    private readonly Dictionary<string, double> _betas = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lays <paramref name="analog"/> (its ticker's data in <paramref name="series"/>) forward from <paramref name="start"/>.</summary>
    public AnalogReplay(Analog analog, TickerSeries series, DateOnly start, BetaRule betas)
    {
        Analog = analog;
        Series = series;
        Start = start;
        Betas = betas;
        int peak = Array.BinarySearch(series.Dates, analog.From);
        int low = Array.BinarySearch(series.Dates, analog.To);
        if (series.FirstDate > analog.From || series.LastDate < analog.To)
        {
            throw ScenarioErrors.AnalogNotInData(analog, series);
        }

        // A date that is no trading day starts from the last close before it and ends at the last close on or before it.
        peak = peak >= 0 ? peak : ~peak - 1;
        low = low >= 0 ? low : ~low - 1;
        if (low <= peak)
        {
            throw ScenarioErrors.EmptyAnalog(analog.Name);
        }

        double basis = series.Close[peak];
        OpenLevel = new double[low - peak];
        CloseLevel = new double[low - peak];
        for (int k = 0; k < OpenLevel.Length; k++)
        {
            OpenLevel[k] = series.Open[peak + 1 + k] / basis;
            CloseLevel[k] = series.Close[peak + 1 + k] / basis;
        }

        Dates = ScenarioCalendar.After(start, OpenLevel.Length);
    }

    /// <summary>The analog replayed.</summary>
    public Analog Analog { get; }

    /// <summary>The analog ticker's data.</summary>
    public TickerSeries Series { get; }

    /// <summary>The last real day: the synthetic days follow it.</summary>
    public DateOnly Start { get; }

    /// <summary>How each ticker's beta is chosen.</summary>
    public BetaRule Betas { get; }

    /// <summary>The synthetic trading days, one per analog day after its peak.</summary>
    public DateOnly[] Dates { get; }

    /// <summary>The analog's open on each replayed day over its close at the peak.</summary>
    public double[] OpenLevel { get; }

    /// <summary>The analog's close on each replayed day over its close at the peak.</summary>
    public double[] CloseLevel { get; }

    /// <summary>The analog's own cumulative return over the window, close to close.</summary>
    public double CumulativeReturn => CloseLevel[^1] - 1;

    /// <summary>The betas used so far, per ticker (filled as tickers are extended), in ticker order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> BetasUsed
    {
        get
        {
            lock (_betas)
            {
                return [.. _betas.OrderBy(b => b.Key, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>The synthetic days of <paramref name="real"/> (cut at <see cref="Start"/>).</summary>
    public SyntheticBars Extend(TickerSeries real)
    {
        double beta = Betas.For(real, Series, Start);
        lock (_betas)
        {
            _betas[real.Ticker] = beta;
        }

        double last = real.Close[^1];
        var open = new double[Dates.Length];
        var close = new double[Dates.Length];
        for (int k = 0; k < Dates.Length; k++)
        {
            open[k] = last * Scaled(OpenLevel[k], beta);
            close[k] = last * Scaled(CloseLevel[k], beta);
        }

        Dividend[] dividends = ForwardDividends.Of(real, Start, Dates).On(Dates, close, last);
        return new SyntheticBars(Dates, open, close, dividends);
    }

    // Beta 1 is the analog itself, exactly: no rounding from a power that changes nothing.
    private static double Scaled(double level, double beta) => beta == 1 ? level : Math.Pow(level, beta);
}
