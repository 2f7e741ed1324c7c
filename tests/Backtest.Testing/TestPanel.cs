using Backtest.Core.Data;

namespace Backtest.Testing;

/// <summary>Hand-made price panels for accounting tests, where every number is written in the test.</summary>
public static class TestPanel
{
    /// <summary>One ticker whose open equals its close every day (so fill timing does not move prices).</summary>
    public static PricePanel Flat(string ticker, DateOnly[] dates, double[] prices, double[]? dividends = null) =>
        Of([ticker], dates, [prices], [prices], dividends is null ? null : [dividends]);

    /// <summary>One ticker with separate opens and closes.</summary>
    public static PricePanel Single(string ticker, DateOnly[] dates, double[] opens, double[] closes, double[]? dividends = null) =>
        Of([ticker], dates, [opens], [closes], dividends is null ? null : [dividends]);

    /// <summary>
    /// Several tickers; NaN in an open means no bar that day, NaN in a close means not listed yet; a split is the
    /// number of new shares per old share on its day (raw prices), 0 elsewhere.
    /// </summary>
    public static PricePanel Of(string[] tickers, DateOnly[] dates, double[][] opens, double[][] closes, double[][]? dividends = null, double[][]? splits = null)
    {
        int days = dates.Length;
        var open = new double[tickers.Length * days];
        var close = new double[tickers.Length * days];
        var dividend = new double[tickers.Length * days];
        var split = new double[tickers.Length * days];
        for (int i = 0; i < tickers.Length; i++)
        {
            opens[i].CopyTo(open, i * days);
            closes[i].CopyTo(close, i * days);
            dividends?[i].CopyTo(dividend, i * days);
            splits?[i].CopyTo(split, i * days);
        }

        return new PricePanel(tickers, dates, open, close, dividend, split);
    }

    /// <summary>Consecutive weekdays from <paramref name="first"/>, skipping Saturdays and Sundays.</summary>
    public static DateOnly[] Weekdays(DateOnly first, int count)
    {
        var dates = new DateOnly[count];
        DateOnly d = first;
        for (int k = 0; k < count; k++)
        {
            while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                d = d.AddDays(1);
            }

            dates[k] = d;
            d = d.AddDays(1);
        }

        return dates;
    }
}
