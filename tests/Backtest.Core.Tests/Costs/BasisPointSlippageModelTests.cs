using Backtest.Core.Costs;

namespace Backtest.Core.Tests.Costs;

[TestFixture]
public class BasisPointSlippageModelTests
{
    [TestCase(100, 100.0, 5, 100.05, TestName = "FillPrice_Buy_FillsHigher: 100 x (1 + 5/10,000)")]
    [TestCase(-100, 100.0, 5, 99.95, TestName = "FillPrice_SellOrShort_FillsLower: 100 x (1 - 5/10,000)")]
    [TestCase(100, 100.0, 0, 100.0, TestName = "FillPrice_ZeroBps_FillsAtMarket")]
    public void FillPrice_MovesAgainstTheTrader(double quantity, double price, double bps, double expected)
    {
        var model = new BasisPointSlippageModel(bps);

        Assert.That(model.FillPrice(new TradeInfo(0, 0, quantity, price)), Is.EqualTo(expected).Within(1e-12));
    }
}
