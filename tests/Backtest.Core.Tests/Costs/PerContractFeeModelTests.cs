using Backtest.Core.Costs;

namespace Backtest.Core.Tests.Costs;

[TestFixture]
public class PerContractFeeModelTests
{
    // Interactive Brokers' option schedule: 0.65 a contract for premiums of 0.10 and more, 0.50 from 0.05, 0.25 below, at least 1.00.
    [TestCase(10, 1.84, 6.50, TestName = "Compute_TenContractsAt184_PaysTheTopTier: 10 x 0.65")]
    [TestCase(10, 0.10, 6.50, TestName = "Compute_PremiumOfExactlyTenCents_IsTheTopTier")]
    [TestCase(10, 0.07, 5.00, TestName = "Compute_PremiumFrom5To10Cents_Pays50Cents: 10 x 0.50")]
    [TestCase(10, 0.03, 2.50, TestName = "Compute_PremiumBelow5Cents_Pays25Cents: 10 x 0.25")]
    [TestCase(1, 1.84, 1.00, TestName = "Compute_OneContract_PaysTheMinimum: 0.65 < 1.00")]
    [TestCase(0, 1.84, 0.00, TestName = "Compute_NoContracts_PaysNothing")]
    public void Compute_IbOptionSchedule(double contracts, double premium, double expected) =>
        Assert.That(PerContractFeeModel.Compute(contracts, premium, 0.65, 1.0), Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void Compute_LowerTopRate_CapsTheLowerTiers()
    {
        // A broker charging 0.30 a contract does not charge 0.50 on cheap ones.
        Assert.That(PerContractFeeModel.Compute(10, 0.07, 0.30, 0), Is.EqualTo(3.0).Within(1e-12));
        Assert.That(PerContractFeeModel.Compute(10, 0.07, 0, 0), Is.Zero);
    }

    [Test]
    public void Commission_Sale_ChargesOnTheAbsoluteContracts() =>
        Assert.That(PerContractFeeModel.InteractiveBrokers.Commission(new TradeInfo(2, 0, -20, 1.0), 1.0), Is.EqualTo(13.0).Within(1e-12));
}
