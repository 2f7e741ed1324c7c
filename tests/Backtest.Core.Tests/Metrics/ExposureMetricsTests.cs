using Backtest.Core.Metrics;

namespace Backtest.Core.Tests.Metrics;

/// <summary>Gross, net, long and short exposure and turnover from daily values, worked out by hand.</summary>
[TestFixture]
public class ExposureMetricsTests
{
    // Four days: long and short (short values negative) against equity, and the money traded.
    //   day  equity  long  short  traded   gross  net     long  short  traded/equity
    //   0    100     50    -50    100      1.00   0.00    0.50  -0.50  1.00
    //   1    200     100   -200   100      1.50   -0.50   0.50  -1.00  0.50
    //   2    100     0     -25    25       0.25   -0.25   0.00  -0.25  0.25
    //   3    50      0     0      0        0.00   0.00    0.00  0.00   0.00
    private static ExposureMetrics FourDays() =>
        ExposureMetrics.Compute([100, 200, 100, 50], [50, 100, 0, 0], [-50, -200, -25, 0], [100, 100, 25, 0]);

    [Test]
    public void Compute_FourDays_AverageGrossCountsShortsAsExposure()
    {
        // (1.00 + 1.50 + 0.25 + 0) / 4 = 0.6875.
        Assert.That(FourDays().AverageGross, Is.EqualTo((1.00 + 1.50 + 0.25 + 0) / 4).Within(1e-12));
    }

    [Test]
    public void Compute_FourDays_MaxGrossIsTheLargestDay()
    {
        // Day 1: (100 + 200) / 200 = 1.5.
        Assert.That(FourDays().MaxGross, Is.EqualTo(1.5).Within(1e-12));
    }

    [Test]
    public void Compute_FourDays_AverageNetOffsetsLongsAndShorts()
    {
        // (0 - 0.50 - 0.25 + 0) / 4 = -0.1875.
        Assert.That(FourDays().AverageNet, Is.EqualTo((0 + -0.50 + -0.25 + 0) / 4).Within(1e-12));
    }

    [Test]
    public void Compute_FourDays_AverageLongAndShortKeepTheirSigns()
    {
        ExposureMetrics m = FourDays();

        // Long (0.50 + 0.50 + 0 + 0) / 4 = 0.25; short (-0.50 - 1.00 - 0.25 + 0) / 4 = -0.4375.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(m.AverageLong, Is.EqualTo((0.50 + 0.50 + 0 + 0) / 4).Within(1e-12));
            Assert.That(m.AverageShort, Is.EqualTo((-0.50 + -1.00 + -0.25 + 0) / 4).Within(1e-12));
        }
    }

    [Test]
    public void Compute_FourDays_TurnoverIsTheMeanDailyTradedShareTimes252()
    {
        // (1.00 + 0.50 + 0.25 + 0) / 4 = 0.4375 of equity a day; x 252 = 110.25 a year.
        Assert.That(FourDays().Turnover, Is.EqualTo((1.00 + 0.50 + 0.25 + 0) / 4 * 252).Within(1e-12));
    }

    [TestCase(new[] { 100, 100, 100, 100.0 }, new[] { 100, 0, 0, 0.0 }, 63.0, TestName = "Compute_OneFullTradeInFourDays_TurnsOver63TimesAYear")]
    [TestCase(new[] { 100, 100, 100, 100.0 }, new[] { 50, 50, 50, 50.0 }, 126.0, TestName = "Compute_HalfTheEquityEveryDay_TurnsOver126TimesAYear")]
    [TestCase(new[] { 100, 200.0 }, new[] { 200, 0.0 }, 252.0, TestName = "Compute_TwiceTheEquityOnOneOfTwoDays_TurnsOver252TimesAYear")]
    [TestCase(new[] { 100, 200.0 }, new[] { 0, 200.0 }, 126.0, TestName = "Compute_TradeOnARichDay_IsMeasuredAgainstThatDaysEquity")]
    public void Compute_TradedValues_TurnoverIsTheirMeanShareOfEquityTimes252(double[] equity, double[] traded, double expected)
    {
        // 100 / 100 = 1 on one of 4 days: 1 / 4 x 252 = 63. 50 / 100 every day: 0.5 x 252 = 126.
        // 200 / 100 = 2 on one of 2 days: 2 / 2 x 252 = 252. 200 / 200 = 1 on one of 2 days: 1 / 2 x 252 = 126.
        var none = new double[equity.Length];

        ExposureMetrics m = ExposureMetrics.Compute(equity, none, none, traded);

        Assert.That(m.Turnover, Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void Compute_RuinDayWithNoEquity_IsLeftOutOfTheAverages()
    {
        // Day 0: equity 100, short -100, traded 100 -> gross 1, turnover share 1. Day 1 (ruin): equity -20 is left out.
        ExposureMetrics e = ExposureMetrics.Compute([100, -20], [0, 0], [-100, -120], [100, 120]);

        Assert.That(e.AverageGross, Is.EqualTo(1.0).Within(1e-12));
        Assert.That(e.AverageShort, Is.EqualTo(-1.0).Within(1e-12));
        Assert.That(e.Turnover, Is.EqualTo(1.0 * 252).Within(1e-9));
    }

    [Test]
    public void Compute_NoDays_IsAllZero()
    {
        ExposureMetrics m = ExposureMetrics.Compute([], [], [], []);

        Assert.That(m, Is.EqualTo(new ExposureMetrics(0, 0, 0, 0, 0, 0)));
    }
}
