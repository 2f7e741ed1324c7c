using Backtest.Core.Costs;

namespace Backtest.Core.Tests.Costs;

[TestFixture]
public class AccrualTests
{
    [TestCase(1_000_000, 0.005, 1, 13.888888888888889, TestName = "Actual360_OneDay: 1,000,000 x 0.5% / 360")]
    [TestCase(1_000_000, 0.005, 3, 41.666666666666667, TestName = "Actual360_Weekend: three calendar days")]
    [TestCase(1_000_000, 0.005, 360, 5_000, TestName = "Actual360_360Days_IsTheAnnualRate")]
    public void Actual360_AccruesByCalendarDays(double amount, double rate, int days, double expected)
    {
        Assert.That(Accrual.Actual360(amount, rate, days), Is.EqualTo(expected).Within(1e-9));
    }
}
