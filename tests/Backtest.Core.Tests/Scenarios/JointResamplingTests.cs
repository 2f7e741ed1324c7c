using Backtest.Core.Scenarios;

namespace Backtest.Core.Tests.Scenarios;

/// <summary>
/// Resampling whole days of a two-ticker GARCH history with the stationary bootstrap, as the scenario engine does:
/// the moments of a day must survive, and so must volatility clustering within blocks.
/// </summary>
/// <remarks>
/// Each check averages a statistic over independent paths and compares it with its exact expectation under the
/// bootstrap, within five standard errors of that average, estimated from the spread across paths. Paths are
/// independent given the history, so the standard error is honest; the seeds are fixed, so a failure is a bug, not
/// a draw.
/// </remarks>
[TestFixture]
public class JointResamplingTests
{
    private const int HistoryLength = 5000, PathCount = 200, PathLength = 252;
    private static readonly double[][] History = SyntheticSeries.GarchPair(HistoryLength, 0.6, 20261130);

    [TestCase(20.0)]
    [TestCase(1.0)]
    public void ResampledDays_MeanAndCovariance_MatchTheHistorys(double meanBlock)
    {
        // Every path day is uniform over the history, so each path's mean and its average products around the
        // history's mean have exactly the history's mean and (population) covariance as expectation.
        double[] mean = History.Select(r => r.Average()).ToArray();
        double[] source =
        [
            mean[0], mean[1], Covariance(History[0], History[0], mean[0], mean[0]),
            Covariance(History[0], History[1], mean[0], mean[1]), Covariance(History[1], History[1], mean[1], mean[1]),
        ];
        var bootstrap = new StationaryBootstrap(HistoryLength, meanBlock);

        double[][] perPath = Enumerable.Range(0, PathCount).Select(p =>
        {
            int[] days = StationaryBootstrapTests.Path(bootstrap, 77, p, PathLength);
            double[] x = days.Select(d => History[0][d]).ToArray(), y = days.Select(d => History[1][d]).ToArray();
            return new[]
            {
                x.Average(), y.Average(), Covariance(x, x, mean[0], mean[0]), Covariance(x, y, mean[0], mean[1]), Covariance(y, y, mean[1], mean[1]),
            };
        }).ToArray();

        string[] names = ["mean 0", "mean 1", "variance 0", "covariance", "variance 1"];
        Assert.Multiple(() =>
        {
            for (int s = 0; s < source.Length; s++)
            {
                (double average, double standardError) = AverageOverPaths(perPath.Select(v => v[s]));
                Assert.That(average, Is.EqualTo(source[s]).Within(5 * standardError), names[s]);
            }

            // The point of joint days: the correlation of 0.6 survives (independent resampling would give 0).
            (double cov, _) = AverageOverPaths(perPath.Select(v => v[3]));
            (double var0, _) = AverageOverPaths(perPath.Select(v => v[2]));
            (double var1, _) = AverageOverPaths(perPath.Select(v => v[4]));
            Assert.That(cov / Math.Sqrt(var0 * var1), Is.EqualTo(source[3] / Math.Sqrt(source[2] * source[4])).Within(0.05));
        });
    }

    [TestCase(0)]
    [TestCase(1)]
    public void ResampledDays_BlockOfTwenty_KeepTheAutocorrelationOfAbsoluteReturns(int ticker)
    {
        // Days t and t + k of a path come from one block, k days apart in the history, with chance (1 - 1/b)^k, and
        // from independent uniform days otherwise. So the lag-k autocorrelation of absolute returns, measured around
        // the history's mean and variance, has expectation (1 - 1/b)^k times the history's circular one: with b = 20,
        // 95 % to 77 % of it at lags 1 to 5.
        const double meanBlock = 20;
        double[] absolute = History[ticker].Select(Math.Abs).ToArray();
        double[] perLag = Autocorrelations(meanBlock, absolute, out double[] standardErrors);

        Assert.Multiple(() =>
        {
            for (int k = 1; k <= 5; k++)
            {
                double source = CircularAutocorrelation(absolute, k);
                Assert.That(source, Is.GreaterThan(0.1), $"the history's clustering at lag {k}");
                Assert.That(perLag[k], Is.EqualTo(Math.Pow(1 - (1 / meanBlock), k) * source).Within(5 * standardErrors[k]), $"lag {k}");
                Assert.That(perLag[k], Is.GreaterThan(0.5 * source), $"lag {k} mostly kept");
            }
        });
    }

    [TestCase(0)]
    [TestCase(1)]
    public void ResampledDays_BlockOfOne_LoseTheAutocorrelationOfAbsoluteReturns(int ticker)
    {
        // With b = 1 every day is an independent uniform draw, so the expectation is exactly 0. The band: five
        // standard errors of the average over 200 paths of 251 pairs, checked to be under 0.01 so the band stays narrow.
        double[] absolute = History[ticker].Select(Math.Abs).ToArray();
        double[] perLag = Autocorrelations(1, absolute, out double[] standardErrors);

        Assert.Multiple(() =>
        {
            for (int k = 1; k <= 5; k++)
            {
                Assert.That(standardErrors[k], Is.LessThan(0.01), $"lag {k} band");
                Assert.That(perLag[k], Is.EqualTo(0).Within(5 * standardErrors[k]), $"lag {k}");
            }
        });
    }

    // The average over paths of each path's lag-k autocorrelation around the history's mean and variance, k = 0..5.
    private static double[] Autocorrelations(double meanBlock, double[] series, out double[] standardErrors)
    {
        double mean = series.Average();
        double variance = series.Sum(x => (x - mean) * (x - mean)) / series.Length;
        var bootstrap = new StationaryBootstrap(HistoryLength, meanBlock);
        double[][] perPath = Enumerable.Range(0, PathCount).Select(p =>
        {
            double[] x = StationaryBootstrapTests.Path(bootstrap, 91, p, PathLength).Select(d => series[d]).ToArray();
            return Enumerable.Range(0, 6).Select(k =>
                Enumerable.Range(0, PathLength - k).Average(t => (x[t] - mean) * (x[t + k] - mean)) / variance).ToArray();
        }).ToArray();

        (double Average, double StandardError)[] lags = Enumerable.Range(0, 6).Select(k => AverageOverPaths(perPath.Select(v => v[k]))).ToArray();
        standardErrors = lags.Select(l => l.StandardError).ToArray();
        return lags.Select(l => l.Average).ToArray();
    }

    private static double CircularAutocorrelation(double[] series, int lag)
    {
        double mean = series.Average();
        double variance = series.Sum(x => (x - mean) * (x - mean));
        double product = Enumerable.Range(0, series.Length).Sum(t => (series[t] - mean) * (series[(t + lag) % series.Length] - mean));
        return product / variance;
    }

    // The average product of deviations from fixed means (the history's), not from the sample's own.
    private static double Covariance(double[] x, double[] y, double meanX, double meanY) =>
        x.Zip(y).Average(p => (p.First - meanX) * (p.Second - meanY));

    private static (double Average, double StandardError) AverageOverPaths(IEnumerable<double> values)
    {
        double[] v = values.ToArray();
        double average = v.Average();
        double variance = v.Sum(x => (x - average) * (x - average)) / (v.Length - 1);
        return (average, Math.Sqrt(variance / v.Length));
    }
}
