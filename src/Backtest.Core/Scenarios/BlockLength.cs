namespace Backtest.Core.Scenarios;

/// <summary>
/// The mean block length of a <see cref="StationaryBootstrap"/> chosen from the data: the automatic rule of Politis
/// and White (2004, "Automatic block-length selection for the dependent bootstrap", Econometric Reviews 23(1),
/// 53-70) with the correction of Patton, Politis and White (2009, "Correction to ...", Econometric Reviews 28(4),
/// 372-375), which gives the stationary bootstrap's variance constant as D_SB = 2 g(0)^2.
/// </summary>
public static class BlockLength
{
    // Politis and White's constant c of the band c sqrt(log10(N) / N) within which an autocorrelation counts as zero.
    private const double BandWidth = 2;

    /// <summary>
    /// The Politis-White block length for the stationary bootstrap of the mean of <paramref name="series"/>: an
    /// estimate of b_opt = (2 G^2 / D_SB)^(1/3) N^(1/3), which minimises the mean squared error of the bootstrap
    /// variance of the mean.
    /// </summary>
    /// <remarks>
    /// <para>
    /// With R(k) the autocovariances of the demeaned series (sums divided by N) and rho(k) = R(k) / R(0):
    /// K_N = max(5, ceil(sqrt(log10 N))); m_hat is the smallest m of at least 1 with |rho(m + k)| below
    /// 2 sqrt(log10(N) / N) for k = 1..K_N, looking at lags up to m_max = ceil(sqrt N) + K_N (when no such m exists
    /// there, the largest lag up to m_max whose correlation is outside the band, as Patton's reference code does);
    /// M = min(2 m_hat, m_max). With the flat-top kernel lambda(t) = 1 for |t| &lt;= 1/2, 2(1 - |t|) up to 1 and 0
    /// beyond, G = sum over |k| &lt;= M of lambda(k/M) |k| R(k) and g(0) = sum over |k| &lt;= M of lambda(k/M) R(k).
    /// </para>
    /// <para>
    /// The result is capped at ceil(min(3 sqrt N, N/3)) and floored at 1. A constant series has no dependence to
    /// keep and gives 1.
    /// </para>
    /// </remarks>
    /// <param name="series">The observations in time order, at least 2, all finite.</param>
    /// <returns>The mean block length in observations, between 1 and the cap.</returns>
    public static double PolitisWhite(ReadOnlySpan<double> series)
    {
        int n = series.Length;
        if (n < 2)
        {
            throw new ArgumentException($"a block length needs at least 2 observations, not {n}", nameof(series));
        }

        foreach (double x in series)
        {
            if (!double.IsFinite(x))
            {
                throw new ArgumentException($"a block length needs finite observations, not {x}", nameof(series));
            }
        }

        // A constant series has no dependence to keep; its computed mean may still differ from its value by a
        // rounding, which would make noise of nothing.
        if (series.IndexOfAnyExcept(series[0]) < 0)
        {
            return 1;
        }

        int quietRun = Math.Max(5, (int)Math.Ceiling(Math.Sqrt(Math.Log10(n))));
        int maxLag = Math.Min((int)Math.Ceiling(Math.Sqrt(n)) + quietRun, n - 1);
        double[] covariance = Autocovariances(series, maxLag);
        double cap = Math.Ceiling(Math.Min(3 * Math.Sqrt(n), n / 3.0));
        double band = BandWidth * Math.Sqrt(Math.Log10(n) / n);
        int bandwidth = Math.Min(2 * LastCorrelatedLag(covariance, quietRun, band), maxLag);

        // Both sums are symmetric in k, so each term for k >= 1 counts twice.
        double g0 = covariance[0];
        double g = 0;
        for (int k = 1; k <= bandwidth; k++)
        {
            double weight = FlatTop((double)k / bandwidth);
            g0 += 2 * weight * covariance[k];
            g += 2 * weight * k * covariance[k];
        }

        double block = Math.Cbrt(2 * g * g / (2 * g0 * g0)) * Math.Cbrt(n);

        // No dependence estimated (G = 0, NaN when g(0) is 0 too) means independent days: a block of 1.
        return block >= 1 ? Math.Min(block, cap) : 1;
    }

    /// <summary>
    /// The mean block length for resampling whole days of several tickers jointly: the largest over tickers of
    /// <see cref="PolitisWhite"/> applied to each ticker's squared demeaned daily log returns, never below 1.
    /// </summary>
    /// <remarks>
    /// Squared returns, not returns: daily returns are nearly uncorrelated, so the rule would give blocks of about
    /// one day and lose what the blocks are for, volatility clustering, which shows in the autocorrelation of squared
    /// returns. The largest over tickers, because one block length serves all of them and a block too short for
    /// one ticker loses that ticker's clustering, while one too long only costs some variety of paths.
    /// </remarks>
    /// <param name="dailyLogReturns">One series per ticker, each at least 2 finite daily log returns.</param>
    /// <returns>The joint block length and each ticker's own.</returns>
    public static JointBlockLength ForJoint(IReadOnlyList<double[]> dailyLogReturns)
    {
        ArgumentNullException.ThrowIfNull(dailyLogReturns);
        if (dailyLogReturns.Count == 0)
        {
            throw new ArgumentException("a joint block length needs at least one ticker", nameof(dailyLogReturns));
        }

        double[] perTicker = new double[dailyLogReturns.Count];
        for (int i = 0; i < perTicker.Length; i++)
        {
            double[] returns = dailyLogReturns[i] ?? throw new ArgumentException($"ticker {i} has no returns", nameof(dailyLogReturns));
            perTicker[i] = PolitisWhite(SquaredDeviations(returns));
        }

        return new JointBlockLength(Math.Max(1, perTicker.Max()), perTicker);
    }

    // R(0..maxLag) of the demeaned series up to a common factor, each sum divided by N as in Politis and White (not
    // by N - k), which keeps the estimated autocovariance sequence positive semi-definite.
    private static double[] Autocovariances(ReadOnlySpan<double> series, int maxLag)
    {
        int n = series.Length;
        double mean = 0;
        foreach (double x in series)
        {
            mean += x / n;
        }

        double[] deviations = new double[n];
        double largest = 0;
        for (int i = 0; i < n; i++)
        {
            deviations[i] = series[i] - mean;
            largest = Math.Max(largest, Math.Abs(deviations[i]));
        }

        // The block length depends only on ratios of autocovariances, so scaling to at most 1 changes nothing but
        // keeps products of very large observations from overflowing.
        if (largest > 0)
        {
            for (int i = 0; i < n; i++)
            {
                deviations[i] /= largest;
            }
        }

        double[] covariance = new double[maxLag + 1];
        for (int k = 0; k <= maxLag; k++)
        {
            double sum = 0;
            for (int i = 0; i + k < n; i++)
            {
                sum += deviations[i] * deviations[i + k];
            }

            covariance[k] = sum / n;
        }

        return covariance;
    }

    // m_hat: the smallest m >= 1 after which quietRun correlations in a row lie inside the band; failing that within
    // the lags computed, the largest lag outside the band (1 if none is).
    private static int LastCorrelatedLag(double[] covariance, int quietRun, double band)
    {
        int maxLag = covariance.Length - 1;
        bool Inside(int k) => Math.Abs(covariance[k] / covariance[0]) < band;

        for (int m = 1; m + quietRun <= maxLag; m++)
        {
            int k = 1;
            while (k <= quietRun && Inside(m + k))
            {
                k++;
            }

            if (k > quietRun)
            {
                return m;
            }
        }

        for (int k = maxLag; k >= 1; k--)
        {
            if (!Inside(k))
            {
                return k;
            }
        }

        return 1;
    }

    // The trapezoidal flat-top kernel of Politis and Romano (1995), for t >= 0.
    private static double FlatTop(double t) => t <= 0.5 ? 1 : t <= 1 ? 2 * (1 - t) : 0;

    private static double[] SquaredDeviations(double[] returns)
    {
        double mean = returns.Length == 0 ? 0 : returns.Average();
        double[] squared = new double[returns.Length];
        for (int t = 0; t < returns.Length; t++)
        {
            double d = returns[t] - mean;
            squared[t] = d * d;
        }

        return squared;
    }
}
