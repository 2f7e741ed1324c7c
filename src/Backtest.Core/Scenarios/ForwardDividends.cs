using Backtest.Core.Data;

namespace Backtest.Core.Scenarios;

/// <summary>
/// The dividends a ticker goes on paying in a scenario: last year's ex-dates again each year, each at the yield it paid
/// then (amount over the previous close), so a falling price pays less cash and the yield stays the last known one.
/// </summary>
/// <param name="Days">Synthetic days (indices into the scenario's dates) that are ex-dates.</param>
/// <param name="Yields">The yield paid on each of those days, as a fraction of the previous close.</param>
public sealed record ForwardDividends(int[] Days, double[] Yields)
{
    /// <summary>No dividends.</summary>
    public static ForwardDividends None { get; } = new([], []);

    /// <summary>
    /// The pattern of <paramref name="real"/> (cut at <paramref name="start"/>) over the synthetic <paramref name="dates"/>:
    /// every dividend with its ex-date in the year up to <paramref name="start"/> recurs one, two, ... years later, on the
    /// first synthetic day on or after that date.
    /// </summary>
    public static ForwardDividends Of(TickerSeries real, DateOnly start, ReadOnlySpan<DateOnly> dates)
    {
        if (dates.IsEmpty)
        {
            return None;
        }

        var days = new List<int>();
        var yields = new List<double>();
        foreach (Dividend dividend in real.Dividends)
        {
            if (dividend.ExDate > start || dividend.ExDate <= start.AddYears(-1))
            {
                continue;
            }

            double previousClose = PreviousClose(real, dividend.ExDate);
            if (double.IsNaN(previousClose))
            {
                continue;
            }

            for (int years = 1; ; years++)
            {
                DateOnly exDate = dividend.ExDate.AddYears(years);
                if (exDate > dates[^1])
                {
                    break;
                }

                int day = FirstOnOrAfter(dates, exDate);
                days.Add(day);
                yields.Add(dividend.Amount / previousClose);
            }
        }

        // In date order, so that the series' dividends are too.
        int[] order = [.. Enumerable.Range(0, days.Count).OrderBy(k => days[k])];
        return new ForwardDividends([.. order.Select(k => days[k])], [.. order.Select(k => yields[k])]);
    }

    /// <summary>The dividends on <paramref name="dates"/> whose closes are <paramref name="close"/>, after <paramref name="lastRealClose"/>.</summary>
    public Dividend[] On(ReadOnlySpan<DateOnly> dates, ReadOnlySpan<double> close, double lastRealClose)
    {
        var dividends = new Dividend[Days.Length];
        for (int k = 0; k < Days.Length; k++)
        {
            int day = Days[k];
            dividends[k] = new Dividend(dates[day], Yields[k] * (day == 0 ? lastRealClose : close[day - 1]));
        }

        return dividends;
    }

    private static double PreviousClose(TickerSeries series, DateOnly exDate)
    {
        int k = Array.BinarySearch(series.Dates, exDate);
        int before = (k >= 0 ? k : ~k) - 1;
        return before >= 0 ? series.Close[before] : double.NaN;
    }

    private static int FirstOnOrAfter(ReadOnlySpan<DateOnly> dates, DateOnly date)
    {
        for (int t = 0; t < dates.Length; t++)
        {
            if (dates[t] >= date)
            {
                return t;
            }
        }

        return dates.Length - 1;
    }
}
