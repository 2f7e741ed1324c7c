namespace Backtest.Core.Tests.Scenarios;

/// <summary>
/// Series with known dependence for the scenario tests, drawn from <see cref="Random"/> with a fixed seed so that
/// the data do not depend on the generator under test.
/// </summary>
internal static class SyntheticSeries
{
    /// <summary>
    /// Two tickers' daily log returns, each a GARCH(1,1) with Gaussian shocks of correlation
    /// <paramref name="correlation"/>: sigma^2(t) = omega + alpha r^2(t-1) + beta sigma^2(t-1), alpha 0.15, beta 0.8,
    /// daily volatility about 1 %. The squared returns' autocorrelation starts near 0.3 and decays as 0.95^k, so the
    /// absolute returns are clearly autocorrelated at short lags, while the returns are not.
    /// </summary>
    public static double[][] GarchPair(int days, double correlation, int seed)
    {
        const double alpha = 0.15, beta = 0.8, unconditional = 1e-4;
        const double omega = unconditional * (1 - alpha - beta);
        var random = new Random(seed);
        double[][] returns = [new double[days], new double[days]];
        double[] variance = [unconditional, unconditional];
        double[] previous = [0, 0];
        double[] drift = [3e-4, 1e-4];
        for (int t = 0; t < days; t++)
        {
            double z0 = Gaussian(random);
            double z1 = (correlation * z0) + (Math.Sqrt(1 - (correlation * correlation)) * Gaussian(random));
            double[] shocks = [z0, z1];
            for (int i = 0; i < 2; i++)
            {
                variance[i] = omega + (alpha * previous[i] * previous[i]) + (beta * variance[i]);
                previous[i] = Math.Sqrt(variance[i]) * shocks[i];
                returns[i][t] = drift[i] + previous[i];
            }
        }

        return returns;
    }

    /// <summary>x(t) = phi x(t-1) + e(t), e standard normal, started from the stationary distribution.</summary>
    public static double[] Ar1(int n, double phi, int seed)
    {
        var random = new Random(seed);
        double[] x = new double[n];
        x[0] = Gaussian(random) / Math.Sqrt(1 - (phi * phi));
        for (int t = 1; t < n; t++)
        {
            x[t] = (phi * x[t - 1]) + Gaussian(random);
        }

        return x;
    }

    /// <summary>The running sum of <paramref name="n"/> standard normal steps.</summary>
    public static double[] RandomWalk(int n, int seed)
    {
        var random = new Random(seed);
        double[] x = new double[n];
        double level = 0;
        for (int t = 0; t < n; t++)
        {
            level += Gaussian(random);
            x[t] = level;
        }

        return x;
    }

    // Box-Muller, one of the pair; 1 - NextDouble() keeps the logarithm finite.
    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
