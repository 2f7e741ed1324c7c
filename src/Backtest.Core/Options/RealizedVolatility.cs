namespace Backtest.Core.Options;

/// <summary>Trailing realised volatility: the annualised standard deviation of daily log returns over a window.</summary>
public static class RealizedVolatility
{
    /// <summary>Fewer returns than this give no estimate (NaN): a volatility from a handful of days is noise.</summary>
    public const int MinReturns = 10;

    /// <summary>Trading days a year, to annualise.</summary>
    public const double DaysPerYear = 252;

    /// <summary>
    /// For each bar k, sqrt(252) x the sample standard deviation (ddof 1) of the log returns of the last
    /// <paramref name="window"/> bars up to and including k, or of all since the first bar when fewer; NaN with fewer
    /// than <see cref="MinReturns"/>.
    /// </summary>
    /// <param name="closes">Closes on the ticker's own trading days.</param>
    /// <param name="splitRatios">With raw prices, new shares per old share on a split's first day (0 elsewhere), so a split is not a return; empty for adjusted prices.</param>
    /// <param name="window">Returns in the window.</param>
    public static double[] Trailing(ReadOnlySpan<double> closes, ReadOnlySpan<double> splitRatios, int window)
    {
        int n = closes.Length;
        var returns = new double[Math.Max(n, 1)];
        for (int k = 1; k < n; k++)
        {
            double ratio = splitRatios.IsEmpty || splitRatios[k] == 0 ? 1 : splitRatios[k];
            returns[k] = Math.Log(closes[k] * ratio / closes[k - 1]);
        }

        var vol = new double[n];
        for (int k = 0; k < n; k++)
        {
            int count = Math.Min(window, k);
            if (count < MinReturns)
            {
                vol[k] = double.NaN;
                continue;
            }

            double mean = 0;
            for (int j = k - count + 1; j <= k; j++)
            {
                mean += returns[j];
            }

            mean /= count;
            double squares = 0;
            for (int j = k - count + 1; j <= k; j++)
            {
                double d = returns[j] - mean;
                squares += d * d;
            }

            vol[k] = Math.Sqrt(squares / (count - 1) * DaysPerYear);
        }

        return vol;
    }
}
