using System.Globalization;
using Backtest.Core.Data;

namespace Backtest.Core.Tests.Data.Checks;

/// <summary>Small <see cref="TickerSeries"/> written by hand in the checks' tests, one bar per text row.</summary>
internal static class HandSeries
{
    /// <summary>Bars from rows "yyyy-MM-dd open high low close volume".</summary>
    public static TickerSeries Bars(string ticker, params string[] rows) => Bars(ticker, [], rows);

    /// <summary>Bars from rows "yyyy-MM-dd open high low close volume", with dividends.</summary>
    public static TickerSeries Bars(string ticker, Dividend[] dividends, params string[] rows)
    {
        var dates = new DateOnly[rows.Length];
        var values = new double[5][];
        for (int k = 0; k < 5; k++)
        {
            values[k] = new double[rows.Length];
        }

        for (int t = 0; t < rows.Length; t++)
        {
            string[] fields = rows[t].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            dates[t] = Day(fields[0]);
            for (int k = 0; k < 5; k++)
            {
                values[k][t] = double.Parse(fields[k + 1], CultureInfo.InvariantCulture);
            }
        }

        return new TickerSeries(ticker, dates, values[0], values[1], values[2], values[3], values[4], dividends, []);
    }

    /// <summary>Ordinary bars (a 1% range around the close, volume 1000) on "yyyy-MM-dd close" rows.</summary>
    public static TickerSeries Closes(string ticker, params string[] rows) =>
        Bars(ticker, [.. rows.Select(Ordinary)]);

    /// <summary>A date from its ISO text.</summary>
    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Ordinary(string row)
    {
        string[] fields = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        double close = double.Parse(fields[1], CultureInfo.InvariantCulture);
        return FormattableString.Invariant($"{fields[0]} {close} {close * 1.01} {close * 0.99} {close} 1000");
    }
}
