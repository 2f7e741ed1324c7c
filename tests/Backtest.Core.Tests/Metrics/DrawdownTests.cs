using Backtest.Core.Metrics;

namespace Backtest.Core.Tests.Metrics;

/// <summary>The underwater curve and its deepest point, against a capital of 100.</summary>
[TestFixture]
public class DrawdownTests
{
    [Test]
    public void Underwater_FirstDayLoss_MeasuresFromTheCapitalThenFromEachNewHigh()
    {
        // Peaks: 100 (capital), 100, 101, 101. 90 / 100 - 1 = -10%; 95 / 100 - 1 = -5%; 101 is a high: 0; 99 / 101 - 1.
        double[] underwater = Drawdown.Underwater([90, 95, 101, 99], 100);

        Assert.That(underwater, Is.EqualTo(new[] { -0.10, -0.05, 0, (99.0 / 101) - 1 }).Within(1e-12));
    }

    [TestCase(new[] { 90, 95, 101, 99.0 }, -0.10, TestName = "Max_FirstDayLoss_IsTheFallFromTheCapital")]
    [TestCase(new[] { 101, 102, 103.0 }, 0.0, TestName = "Max_OnlyNewHighs_IsZero")]
    [TestCase(new[] { 100, 100.0 }, 0.0, TestName = "Max_Flat_IsZero")]
    [TestCase(new[] { 200, 150, 180, 100.0 }, -0.5, TestName = "Max_RiseThenFall_IsFromTheHighestClose")]
    public void Max_Curve_IsTheDeepestFall(double[] equity, double expected)
    {
        // 200 -> 100 is -50% (from the capital it would be 0%).
        Assert.That(Drawdown.Max(equity, 100), Is.EqualTo(expected).Within(1e-12));
    }
}
