using System.Globalization;

namespace Backtest.Core.Data;

/// <summary>
/// The prices (and dividends) a run accepts: wide enough for anything traded, from a fraction of a cent of a
/// split-adjusted 1980s close to a Berkshire A share, and narrow enough that with at most <see cref="LargestCapital"/>
/// a position's size, value and every sum of a run stay finite numbers.
/// </summary>
public static class PriceBounds
{
    /// <summary>The smallest positive price accepted: 0.00000001.</summary>
    public const double Smallest = 1e-8;

    /// <summary>The largest price or dividend per share accepted: 1,000,000,000.</summary>
    public const double Largest = 1e9;

    /// <summary>The largest starting capital accepted: 1,000,000,000,000 (with <see cref="Smallest"/> prices, positions of 1e20 shares at most).</summary>
    public const double LargestCapital = 1e12;

    /// <summary>Throws the input error of the first price or dividend of <paramref name="series"/> outside the bounds.</summary>
    internal static void Check(TickerSeries series)
    {
        (string Name, double[] Values)[] columns = [("open", series.Open), ("high", series.High), ("low", series.Low), ("close", series.Close)];
        foreach ((string name, double[] values) in columns)
        {
            for (int t = 0; t < values.Length; t++)
            {
                double price = values[t];
                if (price > Largest || price < Smallest)
                {
                    throw OutOfBounds(series, name, price, series.Dates[t]);
                }
            }
        }

        foreach (Dividend dividend in series.Dividends)
        {
            if (Math.Abs(dividend.Amount) > Largest)
            {
                throw OutOfBounds(series, "dividend", dividend.Amount, dividend.ExDate);
            }
        }
    }

    private static InputException OutOfBounds(TickerSeries series, string column, double value, DateOnly date)
    {
        string file = series.Files.Count > 0 ? $" ({series.Files[0].Path})" : string.Empty;
        return new InputException(
            $"{series.Ticker}{file}: {column} {value.ToString("G6", CultureInfo.InvariantCulture)} on {date:yyyy-MM-dd} is outside the prices a run accepts, " +
            $"{Smallest.ToString("0.########", CultureInfo.InvariantCulture)} to {Largest.ToString("#,0", CultureInfo.InvariantCulture)} a share; a value like this is a data error (or another currency unit).");
    }
}
