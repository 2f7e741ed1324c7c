using Backtest.Core.Metrics;

namespace Backtest.Core.Tests.Metrics;

/// <summary>Beta, correlation, alpha and excess returns against a benchmark, on three days from a capital of 100.</summary>
/// <remarks>Tolerances: 1e-12 for plain arithmetic; 1e-10 for alpha (a 252nd power) and 1e-12 relative for excess CAGR (an 84th power).</remarks>
[TestFixture]
public class RelativeMetricsTests
{
    private const double Capital = 100;

    // Benchmark +1%, -2%, +3%: 101; 101 x 0.98 = 98.98; 98.98 x 1.03 = 101.9494.
    private static readonly double[] Benchmark = [101, 98.98, 101.9494];

    // Twice the benchmark, +2%, -4%, +6%: 102; x 0.96 = 97.92; x 1.06 = 103.7952.
    private static readonly double[] Twice = [102, 97.92, 103.7952];

    // The benchmark inverted, -1%, +2%, -3%: 99; x 1.02 = 100.98; x 0.97 = 97.9506.
    private static readonly double[] Inverted = [99, 100.98, 97.9506];

    // Benchmark +1%, -2%, +1%: 101; 98.98; 98.98 x 1.01 = 99.9698.
    private static readonly double[] Wobbly = [101, 98.98, 99.9698];

    // Strategy +1%, -3%, +5%: 101; 101 x 0.97 = 97.97; 97.97 x 1.05 = 102.8685.
    private static readonly double[] Noisy = [101, 97.97, 102.8685];

    [TestCase(new[] { 102, 97.92, 103.7952 }, 2.0, 1.0, TestName = "Compute_TwiceTheBenchmarkReturns_HasBeta2AndCorrelation1")]
    [TestCase(new[] { 99, 100.98, 97.9506 }, -1.0, -1.0, TestName = "Compute_TheBenchmarkReturnsNegated_HasBetaMinus1AndCorrelationMinus1")]
    public void Compute_MultipleOfTheBenchmark_BetaIsTheMultiple(double[] equity, double beta, double correlation)
    {
        // r = k b each day: cov(k b, b) / var(b) = k, and the correlation is the sign of k.
        RelativeMetrics m = RelativeMetrics.Compute(equity, Benchmark, Capital);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(m.Beta, Is.EqualTo(beta).Within(1e-12));
            Assert.That(m.Correlation, Is.EqualTo(correlation).Within(1e-12));
        }
    }

    [TestCase(0.0, TestName = "Compute_TwiceTheBenchmarkAndNoRiskFree_BetaStays2")]
    [TestCase(0.05, TestName = "Compute_TwiceTheBenchmarkAnd5PercentRiskFree_BetaStays2")]
    public void Compute_TwiceTheBenchmark_BetaDoesNotDependOnTheRiskFreeRate(double riskFree)
    {
        // r - rf = 2 (b - rf) + rf: the constant rf does not move the covariance.
        Assert.That(RelativeMetrics.Compute(Twice, Benchmark, Capital, riskFree).Beta, Is.EqualTo(2).Within(1e-12));
    }

    [Test]
    public void Compute_TwiceTheBenchmarkWithRiskFree_AlphaIsTheRiskFreeRate()
    {
        // r - rf - 2 (b - rf) = (r - 2b) + rf = rf every day, so alpha = (1 + rf_daily)^252 - 1 = the annual rate, 5%.
        // (Regressing raw returns would give 0; forgetting to annualise would give 0.000194.)
        RelativeMetrics m = RelativeMetrics.Compute(Twice, Benchmark, Capital, riskFreeAnnual: 0.05);

        Assert.That(m.Alpha, Is.EqualTo(0.05).Within(1e-10));
    }

    [Test]
    public void Compute_NegatedBenchmarkWithRiskFree_AlphaPaysTwiceTheRiskFreeRate()
    {
        // beta -1: r - rf + (b - rf) = (r + b) - 2 rf = -2 rf every day. rf = 1.05^(1/252) - 1 = 0.000193630;
        // alpha = (1 - 2 x 0.000193630)^252 - 1 = -9.30%.
        double rf = Math.Pow(1.05, 1.0 / 252) - 1;

        RelativeMetrics m = RelativeMetrics.Compute(Inverted, Benchmark, Capital, riskFreeAnnual: 0.05);

        Assert.That(m.Alpha, Is.EqualTo(Math.Pow(1 - (2 * rf), 252) - 1).Within(1e-10));
    }

    [Test]
    public void Compute_NoisyStrategy_BetaIsCovarianceOverVariance()
    {
        // b = +1%, -2%, +1%: mean 0, deviations +0.01, -0.02, +0.01; sample variance (0.0001 + 0.0004 + 0.0001) / 2 = 0.0003.
        // r = +1%, -3%, +5%: mean 0.01, deviations 0, -0.04, +0.04; sample covariance (0 + 0.0008 + 0.0004) / 2 = 0.0006.
        double variance = ((0.01 * 0.01) + (-0.02 * -0.02) + (0.01 * 0.01)) / 2;
        double covariance = ((0 * 0.01) + (-0.04 * -0.02) + (0.04 * 0.01)) / 2;

        RelativeMetrics m = RelativeMetrics.Compute(Noisy, Wobbly, Capital);

        Assert.That(m.Beta, Is.EqualTo(covariance / variance).Within(1e-12));
        Assert.That(m.Beta, Is.EqualTo(2).Within(1e-12));
    }

    [Test]
    public void Compute_NoisyStrategy_CorrelationIsPearsons()
    {
        // var(r) = (0 + 0.0016 + 0.0016) / 2 = 0.0016; 0.0006 / sqrt(0.0003 x 0.0016) = 0.0006 / 0.000692820 = sqrt(3) / 2.
        double expected = 0.0006 / Math.Sqrt(0.0003 * 0.0016);
        Assert.That(expected, Is.EqualTo(Math.Sqrt(3) / 2).Within(1e-12));

        Assert.That(RelativeMetrics.Compute(Noisy, Wobbly, Capital).Correlation, Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void Compute_NoisyStrategy_AlphaAnnualisesTheMeanResidual()
    {
        // beta 2: r - 2b = 0.01 - 0.02, -0.03 + 0.04, 0.05 - 0.02 = -0.01, +0.01, +0.03; mean 0.01; alpha = 1.01^252 - 1.
        double residual = (-0.01 + 0.01 + 0.03) / 3;

        RelativeMetrics m = RelativeMetrics.Compute(Noisy, Wobbly, Capital);

        Assert.That(m.Alpha, Is.EqualTo(Math.Pow(1 + residual, 252) - 1).Within(1e-10));
    }

    [Test]
    public void Compute_NoisyStrategyWithRiskFree_AlphaAddsTheRateTheBetaLeavesOver()
    {
        // r - rf - 2 (b - rf) = (r - 2b) + rf: mean 0.01 + rf, with rf = 1.04^(1/252) - 1 for 4% a year.
        double rf = Math.Pow(1.04, 1.0 / 252) - 1;

        RelativeMetrics m = RelativeMetrics.Compute(Noisy, Wobbly, Capital, riskFreeAnnual: 0.04);

        Assert.That(m.Alpha, Is.EqualTo(Math.Pow(1 + 0.01 + rf, 252) - 1).Within(1e-10));
    }

    [Test]
    public void Compute_NoisyStrategy_ExcessReturnIsTheDifferenceOfTotalReturns()
    {
        // Strategy 1.01 x 0.97 x 1.05 - 1 = 0.028685; benchmark 1.01 x 0.98 x 1.01 - 1 = -0.000302.
        RelativeMetrics m = RelativeMetrics.Compute(Noisy, Wobbly, Capital);

        Assert.That(m.ExcessReturn, Is.EqualTo(0.028685 - -0.000302).Within(1e-12));
    }

    [Test]
    public void Compute_NoisyStrategy_ExcessCagrIsTheDifferenceOfCagrs()
    {
        // 3 days: each CAGR is growth^(252 / 3) - 1 = growth^84 - 1.
        double expected = (Math.Pow(1.028685, 84) - 1) - (Math.Pow(0.999698, 84) - 1);

        Assert.That(RelativeMetrics.Compute(Noisy, Wobbly, Capital).ExcessCagr, Is.EqualTo(expected).Within(1e-10).Percent);
    }

    [Test]
    public void Compute_FlatBenchmark_HasNoBetaCorrelationOrAlpha()
    {
        // The benchmark never moves: its variance is 0 and every ratio against it is undefined.
        RelativeMetrics m = RelativeMetrics.Compute(Noisy, [100, 100, 100], Capital);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(m.Beta, Is.NaN);
            Assert.That(m.Correlation, Is.NaN);
            Assert.That(m.Alpha, Is.NaN);
            Assert.That(m.ExcessReturn, Is.EqualTo(0.028685).Within(1e-12));
        }
    }
}
