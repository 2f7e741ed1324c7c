using Backtest.Core.Costs;

namespace Backtest.Core.Tests.Costs;

[TestFixture]
public class BidAskSpreadModelTests
{
    [TestCase(2.00, 10, 2.05, TestName = "FillPrice_Buy_PaysHalfTheSpreadAbove: 2.00 + 5% x 2.00 / 2")]
    [TestCase(2.00, -10, 1.95, TestName = "FillPrice_Sale_GetsHalfTheSpreadBelow")]
    [TestCase(0.10, 1, 0.105, TestName = "FillPrice_CheapOption_SpreadIsAtLeastOneTick: 5% of 0.10 < 0.01")]
    [TestCase(0.003, -1, 0.0, TestName = "FillPrice_SaleOfANearlyWorthlessOption_NeverBelowZero")]
    public void FillPrice_FivePercentSpread(double mid, double quantity, double expected) =>
        Assert.That(new BidAskSpreadModel(0.05).FillPrice(new TradeInfo(1, 0, quantity, mid)), Is.EqualTo(expected).Within(1e-12));
}
