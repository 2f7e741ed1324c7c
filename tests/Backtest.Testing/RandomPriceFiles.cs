using System.Globalization;
using System.Text;

namespace Backtest.Testing;

/// <summary>Price CSVs of made-up tickers with volatility that clusters, for tests that need years of history no fixture holds.</summary>
public static class RandomPriceFiles
{
    /// <summary>
    /// Writes <c>TICKER.csv</c> for each of <paramref name="tickers"/> into <paramref name="folder"/>: <paramref name="days"/>
    /// weekdays from 2023-01-02, correlated GARCH(1,1)-like daily moves drawn from <paramref name="seed"/>; the first
    /// ticker also pays a quarterly dividend (<c>TICKER_dividends.csv</c>). Returns the dates.
    /// </summary>
    public static DateOnly[] Write(string folder, string[] tickers, int days, int seed)
    {
        var random = new Random(seed);
        DateOnly[] dates = TestPanel.Weekdays(new DateOnly(2023, 1, 2), days);
        double[] price = [.. tickers.Select((_, i) => 50.0 + (30 * i))];
        var files = tickers.Select(_ => new StringBuilder("Date,Open,High,Low,Close,Volume\n")).ToArray();
        double variance = 0.0004;
        double previousShock = 0;
        for (int t = 0; t < days; t++)
        {
            variance = 0.00002 + (0.1 * previousShock * previousShock) + (0.85 * variance);
            double common = Gaussian(random) * Math.Sqrt(variance);
            previousShock = common;
            for (int i = 0; i < tickers.Length; i++)
            {
                double own = Gaussian(random) * Math.Sqrt(variance) * 0.6;
                double open = price[i] * Math.Exp(0.3 * own);
                double close = price[i] * Math.Exp(common + own + 0.0002);
                files[i].Append(CultureInfo.InvariantCulture, $"{dates[t]:yyyy-MM-dd},{open:R},{Math.Max(open, close):R},{Math.Min(open, close):R},{close:R},1000000\n");
                price[i] = close;
            }
        }

        for (int i = 0; i < tickers.Length; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"{tickers[i]}.csv"), files[i].ToString());
        }

        var dividends = new StringBuilder("Date,Dividend\n");
        for (int t = 40; t < days; t += 63)
        {
            dividends.Append(CultureInfo.InvariantCulture, $"{dates[t]:yyyy-MM-dd},0.25\n");
        }

        File.WriteAllText(Path.Combine(folder, $"{tickers[0]}_dividends.csv"), dividends.ToString());
        return dates;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
