using Backtest.Core.Metrics;

namespace Backtest.Core.Tests.Metrics;

[TestFixture]
public class PerformanceSummaryTests
{
    [Test]
    public void Compute_ThreeDays_MatchesTheDefinitions()
    {
        // Capital 100; closes 110, 99, 121. Daily returns: +10%, -10%, +22.2222...%.
        double[] equity = [110, 99, 121];
        double[] r = [0.10, -0.10, (121.0 / 99) - 1];
        double mean = (r[0] + r[1] + r[2]) / 3;
        double sd = Math.Sqrt((Math.Pow(r[0] - mean, 2) + Math.Pow(r[1] - mean, 2) + Math.Pow(r[2] - mean, 2)) / 2);

        PerformanceSummary s = PerformanceSummary.Compute(equity, 100);

        Assert.That(s.TotalReturn, Is.EqualTo(0.21).Within(1e-12));
        Assert.That(s.Cagr, Is.EqualTo(Math.Pow(1.21, 252.0 / 3) - 1).Within(1e-6));
        Assert.That(s.Volatility, Is.EqualTo(sd * Math.Sqrt(252)).Within(1e-12));
        Assert.That(s.Sharpe, Is.EqualTo(mean / sd * Math.Sqrt(252)).Within(1e-9));
        // Peak 110, trough 99: 99 / 110 - 1 = -10%.
        Assert.That(s.MaxDrawdown, Is.EqualTo(-0.10).Within(1e-12));
        Assert.That(s.Days, Is.EqualTo(3));
    }

    [Test]
    public void Compute_FlatCurve_HasNoRiskAndAnUndefinedSharpe()
    {
        PerformanceSummary s = PerformanceSummary.Compute([100, 100, 100], 100);

        Assert.That(s.TotalReturn, Is.Zero);
        Assert.That(s.Volatility, Is.Zero);
        Assert.That(s.Sharpe, Is.NaN);
        Assert.That(s.MaxDrawdown, Is.Zero);
    }

    [Test]
    public void Compute_FirstDayLoss_CountsTheCapitalAsTheFirstPeak()
    {
        // Capital 100, then 90 and 95: the drawdown is from the capital, 90 / 100 - 1.
        PerformanceSummary s = PerformanceSummary.Compute([90, 95], 100);

        Assert.That(s.MaxDrawdown, Is.EqualTo(-0.10).Within(1e-12));
    }

    [Test]
    public void Compute_Ruin_HasACagrOfMinusOne()
    {
        PerformanceSummary s = PerformanceSummary.Compute([50, -10], 100);

        Assert.That(s.TotalReturn, Is.EqualTo(-1.10).Within(1e-12));
        Assert.That(s.Cagr, Is.EqualTo(-1));
    }
}
