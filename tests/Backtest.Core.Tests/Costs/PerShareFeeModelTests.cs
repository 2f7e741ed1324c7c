using Backtest.Core.Costs;

namespace Backtest.Core.Tests.Costs;

[TestFixture]
public class PerShareFeeModelTests
{
    // Interactive Brokers' fixed schedule: 0.005 a share, at least 1.00, at most 0.5% of trade value.
    [TestCase(100, 50.0, 1.00, TestName = "Compute_100SharesAt50_PaysTheMinimum: 100 x 0.005 = 0.50 < 1.00")]
    [TestCase(1_000, 100.0, 5.00, TestName = "Compute_1000SharesAt100_PaysPerShare: 1,000 x 0.005 = 5.00")]
    [TestCase(10_000, 0.10, 5.00, TestName = "Compute_PennyStock_IsCappedAtHalfAPercent: 10,000 x 0.005 = 50 > 0.5% of 1,000 = 5")]
    [TestCase(1, 20.0, 0.10, TestName = "Compute_TinyTrade_CapWinsOverMinimum: 0.5% of 20 = 0.10 < 1.00")]
    [TestCase(0, 50.0, 0.00, TestName = "Compute_NoShares_PaysNothing")]
    public void Compute_IbFixedSchedule(double shares, double price, double expected)
    {
        double fee = PerShareFeeModel.Compute(shares, shares * price, perShare: 0.005, minimum: 1.0, maxFractionOfValue: 0.005);

        Assert.That(fee, Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void Commission_ShortSale_ChargesOnTheAbsoluteQuantity()
    {
        var model = new PerShareFeeModel(0.005, 1.0, 0.005);

        double fee = model.Commission(new TradeInfo(0, 0, -1_000, 100), fillPrice: 100);

        Assert.That(fee, Is.EqualTo(1_000 * 0.005).Within(1e-12));
    }
}
