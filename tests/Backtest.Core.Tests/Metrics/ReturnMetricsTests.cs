using Backtest.Core.Metrics;
using Backtest.Testing;

namespace Backtest.Core.Tests.Metrics;

/// <summary>Every return and risk measure on curves of 3 to 5 closes, each expected value worked out by hand.</summary>
/// <remarks>Tolerances: 1e-12 for plain arithmetic; 1e-12 relative (1e-10 %) for CAGR and Calmar, which raise the growth to the 63rd power.</remarks>
[TestFixture]
public class ReturnMetricsTests
{
    private const double Capital = 100;

    // Capital 100, then +2%, -2%, +5%, +1%: 100 x 1.02 = 102; x 0.98 = 99.96; x 1.05 = 104.958; x 1.01 = 106.00758.
    // One losing day (the second), recovered on the third.
    private static readonly double[] OneLoss = [102, 99.96, 104.958, 106.00758];

    private static ReturnMetrics OfOneLoss(double riskFreeAnnual = 0) =>
        ReturnMetrics.Compute(TestPanel.Weekdays(new(2024, 1, 1), 4), OneLoss, Capital, riskFreeAnnual);

    [Test]
    public void Compute_OneLosingDay_TotalReturnIsTheProductOfTheDailyGrowths()
    {
        // 1.02 x 0.98 = 0.9996; x 1.05 = 1.04958; x 1.01 = 1.0600758.
        Assert.That(OfOneLoss().TotalReturn, Is.EqualTo(0.0600758).Within(1e-12));
    }

    [Test]
    public void Compute_OneLosingDay_CagrCompoundsTheGrowthOverA252DayYear()
    {
        // (1.0600758)^(252 / 4) - 1 = 1.0600758^63 - 1 (about 38.5: four good days annualised).
        double expected = Math.Pow(1.0600758, 252.0 / 4) - 1;

        Assert.That(OfOneLoss().Cagr, Is.EqualTo(expected).Within(1e-10).Percent);
    }

    [Test]
    public void Compute_OneLosingDay_VolatilityIsTheSampleStdTimesRoot252()
    {
        // Mean (0.02 - 0.02 + 0.05 + 0.01) / 4 = 0.015; deviations +0.005, -0.035, +0.035, -0.005.
        // Squares 0.000025 + 0.001225 + 0.001225 + 0.000025 = 0.0025; ddof 1 divides by 3, not 4.
        double sd = Math.Sqrt(((0.005 * 0.005) + (0.035 * 0.035) + (0.035 * 0.035) + (0.005 * 0.005)) / 3);
        Assert.That(sd, Is.EqualTo(0.05 / Math.Sqrt(3)).Within(1e-15));

        // 0.0288675 x 15.8745 = 0.458258.
        Assert.That(OfOneLoss().Volatility, Is.EqualTo(sd * Math.Sqrt(252)).Within(1e-12));
    }

    [Test]
    public void Compute_OneLosingDay_SharpeIsTheMeanOverTheSampleStdTimesRoot252()
    {
        // rf = 0: mean 0.015, sample std 0.05 / sqrt(3); 0.015 / 0.0288675 x 15.8745 = 8.2486.
        double mean = (0.02 + -0.02 + 0.05 + 0.01) / 4;
        double sd = 0.05 / Math.Sqrt(3);

        Assert.That(OfOneLoss().Sharpe, Is.EqualTo(mean / sd * Math.Sqrt(252)).Within(1e-12));
    }

    [Test]
    public void Compute_OneLosingDay_SortinoSpreadsTheOneShortfallOverAllDays()
    {
        // Shortfalls min(r, 0): 0, -0.02, 0, 0. Mean of squares over all N = 4 days: 0.0004 / 4 = 0.0001,
        // so the downside deviation is 0.01 (0.02 if it were averaged over the losing day only).
        // Sortino = 252 x 0.015 / (0.01 x sqrt(252)) = 1.5 x sqrt(252) = 23.81.
        double downside = Math.Sqrt(((0 * 0) + (-0.02 * -0.02) + (0 * 0) + (0 * 0)) / 4);
        double expected = 252 * 0.015 / (downside * Math.Sqrt(252));
        Assert.That(expected, Is.EqualTo(1.5 * Math.Sqrt(252)).Within(1e-12));

        Assert.That(OfOneLoss().Sortino, Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void Compute_OneLosingDay_DrawdownIsThatDaysFallFromThePeak()
    {
        ReturnMetrics m = OfOneLoss();

        // Peak 102, then 99.96: 99.96 / 102 - 1 = -2%. 104.958 is a new high, so the spell lasted one day and is over.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(m.MaxDrawdown, Is.EqualTo(-0.02).Within(1e-12));
            Assert.That(m.LongestDrawdownDays, Is.EqualTo(1));
            Assert.That(m.UnderwaterDays, Is.Zero);
            Assert.That(m.WorstDay, Is.EqualTo(-0.02).Within(1e-12));
            Assert.That(m.Days, Is.EqualTo(4));
        }
    }

    [Test]
    public void Compute_OneLosingDay_CalmarIsCagrOverTheDrawdown()
    {
        // (1.0600758^63 - 1) / |-0.02| = 38.466 / 0.02 = about 1,923.
        double expected = (Math.Pow(1.0600758, 63) - 1) / 0.02;

        Assert.That(OfOneLoss().Calmar, Is.EqualTo(expected).Within(1e-10).Percent);
    }

    [Test]
    public void Compute_RiskFreeRate_SharpeAndSortinoMeasureAboveTheDailyRate()
    {
        // 5% a year is (1.05)^(1/252) - 1 = 0.0001936 a day. Excess returns r - rf have mean 0.015 - rf and the
        // same sample std as r (a shift), 0.05 / sqrt(3). Only the -2% day is below rf (the +1% day is far above it):
        // downside deviation sqrt((-0.02 - rf)^2 / 4) = (0.02 + rf) / 2.
        double rf = Math.Pow(1.05, 1.0 / 252) - 1;
        double sharpe = (0.015 - rf) / (0.05 / Math.Sqrt(3)) * Math.Sqrt(252);
        double sortino = 252 * (0.015 - rf) / ((0.02 + rf) / 2 * Math.Sqrt(252));

        ReturnMetrics m = OfOneLoss(riskFreeAnnual: 0.05);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(m.Sharpe, Is.EqualTo(sharpe).Within(1e-12));
            Assert.That(m.Sortino, Is.EqualTo(sortino).Within(1e-12));
            // The rate does not move volatility, returns or drawdown.
            Assert.That(m.Volatility, Is.EqualTo(0.05 / Math.Sqrt(3) * Math.Sqrt(252)).Within(1e-12));
            Assert.That(m.TotalReturn, Is.EqualTo(0.0600758).Within(1e-12));
        }
    }

    [Test]
    public void DailyRate_FivePercentAYear_CompoundsBackToFivePercentOver252Days()
    {
        double daily = ReturnMetrics.DailyRate(0.05);

        // (1 + d)^252 = 1.05: d = 1.05^(1/252) - 1 = exp(ln(1.05) / 252) - 1 = exp(0.048790164 / 252) - 1 = 0.000193630507.
        Assert.That(Math.Pow(1 + daily, 252), Is.EqualTo(1.05).Within(1e-12));
        Assert.That(daily, Is.EqualTo(0.000193630507).Within(1e-12));
    }

    [Test]
    public void Compute_FlatCurve_HasNoRiskAndUndefinedRatios()
    {
        ReturnMetrics m = ReturnMetrics.Compute(TestPanel.Weekdays(new(2024, 1, 1), 3), [100, 100, 100], Capital);

        // Every return is 0: no volatility, no downside, no drawdown; the ratios divide by zero and are NaN.
        // The one month returned exactly 0, which is not positive.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(m.TotalReturn, Is.Zero);
            Assert.That(m.Cagr, Is.Zero);
            Assert.That(m.Volatility, Is.Zero);
            Assert.That(m.Sharpe, Is.NaN);
            Assert.That(m.Sortino, Is.NaN);
            Assert.That(m.MaxDrawdown, Is.Zero);
            Assert.That(m.Calmar, Is.NaN);
            Assert.That(m.LongestDrawdownDays, Is.Zero);
            Assert.That(m.UnderwaterDays, Is.Zero);
            Assert.That(m.WorstDay, Is.Zero);
            Assert.That(m.WorstMonth, Is.Zero);
            Assert.That(m.PositiveMonths, Is.Zero);
            Assert.That(m.Days, Is.EqualTo(3));
        }
    }

    [Test]
    public void Compute_FlatCurveWithRiskFree_SharpeIsNaNAndSortinoIsMinusRoot252()
    {
        // Every excess return is -rf: no spread, so Sharpe is undefined. But every day falls short of the target by rf:
        // Sortino = 252 x (-rf) / (sqrt(3 rf^2 / 3) x sqrt(252)) = -252 / sqrt(252) = -sqrt(252) = -15.87, whatever rf is.
        ReturnMetrics m = ReturnMetrics.Compute(TestPanel.Weekdays(new(2024, 1, 1), 3), [100, 100, 100], Capital, riskFreeAnnual: 0.05);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(m.Sharpe, Is.NaN);
            Assert.That(m.Sortino, Is.EqualTo(-Math.Sqrt(252)).Within(1e-12));
        }
    }

    [Test]
    public void Compute_NoLosingDay_SortinoIsNaN()
    {
        // +1%, +1%, +2%: no shortfall below 0, so the downside deviation is 0.
        ReturnMetrics m = ReturnMetrics.Compute(TestPanel.Weekdays(new(2024, 1, 1), 3), [101, 102.01, 104.0502], Capital);

        Assert.That(m.Sortino, Is.NaN);
    }

    [Test]
    public void Compute_FirstDayLoss_CountsTheCapitalAsTheFirstPeak()
    {
        // Capital 100, then 90, 95, 101, 99. From the capital: 90 / 100 - 1 = -10% (from the first close it would be
        // 99 / 101 - 1 = -1.98%). Days 0 and 1 are under water (a 2-day spell), day 2 is a new high, day 3 is under again.
        ReturnMetrics m = ReturnMetrics.Compute(TestPanel.Weekdays(new(2024, 1, 1), 4), [90, 95, 101, 99], Capital);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(m.MaxDrawdown, Is.EqualTo(-0.10).Within(1e-12));
            Assert.That(m.LongestDrawdownDays, Is.EqualTo(2));
            Assert.That(m.UnderwaterDays, Is.EqualTo(1));
            Assert.That(m.WorstDay, Is.EqualTo(-0.10).Within(1e-12));
        }
    }

    [TestCase(new[] { 102, 99.96, 104.958, 106.00758 }, -0.02, TestName = "Compute_OneDipThenNewHighs_MaxDrawdownIsTheDip")]
    [TestCase(new[] { 110, 99, 121.0 }, -0.10, TestName = "Compute_PeakAboveTheCapital_MaxDrawdownIsFromThatPeak")]
    [TestCase(new[] { 120, 90, 130, 104.0 }, -0.25, TestName = "Compute_TwoDips_MaxDrawdownIsTheDeeper")]
    [TestCase(new[] { 99, 98, 97.0 }, -0.03, TestName = "Compute_NeverRecovers_MaxDrawdownIsTheLastFall")]
    public void Compute_Curve_MaxDrawdownIsTheDeepestFallFromARunningPeak(double[] equity, double expected)
    {
        // 120 -> 90 is -25%, 130 -> 104 is -20%; 110 -> 99 is -10%; 100 (capital) -> 97 is -3%.
        ReturnMetrics m = ReturnMetrics.Compute(TestPanel.Weekdays(new(2024, 1, 1), equity.Length), equity, Capital);

        Assert.That(m.MaxDrawdown, Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void Compute_ThreeCalendarMonths_WorstMonthAndPositiveMonthsChainMonthEnds()
    {
        DateOnly[] dates = [new(2024, 1, 30), new(2024, 1, 31), new(2024, 2, 1), new(2024, 2, 29), new(2024, 3, 1)];
        double[] equity = [106, 103, 100, 97.85, 99.807];

        ReturnMetrics m = ReturnMetrics.Compute(dates, equity, Capital);

        // January from the capital: 103 / 100 - 1 = +3% (from its first close it would be 103 / 106 - 1 = -2.8%).
        // February: 97.85 / 103 - 1 = -5%. March: 99.807 / 97.85 - 1 = +2%. Two of three months are positive.
        // The worst day is 1 February, 100 / 103 - 1 = -2.91%.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(m.WorstMonth, Is.EqualTo(-0.05).Within(1e-12));
            Assert.That(m.PositiveMonths, Is.EqualTo(2.0 / 3).Within(1e-12));
            Assert.That(m.WorstDay, Is.EqualTo((100.0 / 103) - 1).Within(1e-12));
        }
    }
}
