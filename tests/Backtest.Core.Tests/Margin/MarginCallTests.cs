using Backtest.Core.Margin;

namespace Backtest.Core.Tests.Margin;

[TestFixture]
public class MarginCallTests
{
    [Test]
    public void CutFraction_EquityCoversRequirement_CutsNothing()
    {
        Assert.That(MarginCall.CutFraction(equity: 5_000, requirement: 4_500, cuttableRequirement: 4_500, closeOutSlippage: 0, commission: 0), Is.Zero);
    }

    [Test]
    public void CutFraction_WithoutCosts_RestoresTheRequirementExactly()
    {
        // E = 4,000, R = 4,800: f = (4,800 - 4,000) / 4,800 = 1/6; afterwards R' = (1 - 1/6) x 4,800 = 4,000 = E.
        double f = MarginCall.CutFraction(4_000, 4_800, 4_800, 0, 0);

        Assert.That(f, Is.EqualTo(1.0 / 6).Within(1e-12));
        Assert.That((1 - f) * 4_800, Is.EqualTo(4_000).Within(1e-9));
    }

    [Test]
    public void CutFraction_WithCosts_LeavesEquityAtTheRequirementAfterPayingThem()
    {
        // S = 80 (slippage of closing all), C = 10: f = (4,800 - 4,000 + 10) / (4,800 - 80) = 810 / 4,720.
        double f = MarginCall.CutFraction(4_000, 4_800, 4_800, 80, 10);

        Assert.That(f, Is.EqualTo(810.0 / 4_720).Within(1e-12));
        Assert.That(4_000 - (f * 80) - 10, Is.EqualTo((1 - f) * 4_800).Within(1e-9));
    }

    [Test]
    public void CutFraction_SomePositionsCannotTrade_CutsTheOthersHarder()
    {
        // R = 4,800 of which only 2,400 can trade now: f = (4,800 - 4,000) / 2,400 = 1/3 of the tradable positions.
        double f = MarginCall.CutFraction(4_000, 4_800, 2_400, 0, 0);

        Assert.That(f, Is.EqualTo(1.0 / 3).Within(1e-12));
        Assert.That(4_800 - (f * 2_400), Is.EqualTo(4_000).Within(1e-9));
    }

    [TestCase(0, TestName = "CutFraction_NoEquity_ClosesEverything")]
    [TestCase(-500, TestName = "CutFraction_NegativeEquity_ClosesEverything")]
    public void CutFraction_NothingLeft_ClosesEverything(double equity)
    {
        Assert.That(MarginCall.CutFraction(equity, 4_800, 4_800, 0, 0), Is.EqualTo(1));
    }
}
