using Deedle;

namespace Backtest.Core.Metrics;

/// <summary>Calendar-month and calendar-year returns of an equity curve, resampled with Deedle.</summary>
public static class PeriodReturns
{
    /// <summary>Each month's return, keyed by the month's first day: its last equity over the previous month's (the capital for the first).</summary>
    public static Series<DateOnly, double> Monthly(DateOnly[] dates, double[] equity, double capital) =>
        Chain(dates, equity, capital, d => new DateOnly(d.Year, d.Month, 1));

    /// <summary>Each year's return, keyed by 1 January: its last equity over the previous year's (the capital for the first).</summary>
    public static Series<DateOnly, double> Yearly(DateOnly[] dates, double[] equity, double capital) =>
        Chain(dates, equity, capital, d => new DateOnly(d.Year, 1, 1));

    private static Series<DateOnly, double> Chain(DateOnly[] dates, double[] equity, double capital, Func<DateOnly, DateOnly> period)
    {
        Series<DateOnly, double> closes = new Series<DateOnly, double>(dates, equity)
            .ResampleEquivalence(period, s => s.LastValue());
        DateOnly[] keys = closes.Keys.ToArray();
        double[] ends = closes.Values.ToArray();
        var returns = new double[ends.Length];
        double previous = capital;
        for (int k = 0; k < ends.Length; k++)
        {
            returns[k] = (ends[k] / previous) - 1;
            previous = ends[k];
        }

        return new Series<DateOnly, double>(keys, returns);
    }
}
