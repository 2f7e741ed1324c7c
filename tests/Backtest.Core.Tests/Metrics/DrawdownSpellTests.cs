using Backtest.Core.Metrics;

namespace Backtest.Core.Tests.Metrics;

/// <summary>Days under water, counted by hand on curves started from a capital of 100.</summary>
[TestFixture]
public class DrawdownSpellTests
{
    // Each row: closes, longest spell, days under water at the end. A close equal to the peak is not under water.
    [TestCase(new double[0], 0, 0, TestName = "Of_NoDays_IsNeverUnderWater")]
    [TestCase(new[] { 100, 100, 100.0 }, 0, 0, TestName = "Of_FlatAtTheCapital_IsNeverUnderWater")]
    [TestCase(new[] { 102, 99.96, 104.958, 106.00758 }, 1, 0, TestName = "Of_OneLosingDayThenANewHigh_HasAOneDaySpellThatIsOver")]
    [TestCase(new[] { 110, 120, 130, 125.0 }, 1, 1, TestName = "Of_OneLosingDayAtTheEnd_IsUnderWaterNow")]
    [TestCase(new[] { 90, 95, 101, 99.0 }, 2, 1, TestName = "Of_FirstDayLoss_CountsFromTheCapital")]
    [TestCase(new[] { 99, 98, 97.0 }, 3, 3, TestName = "Of_NeverAboveTheCapital_IsUnderWaterEveryDay")]
    [TestCase(new[] { 110, 100, 105, 110, 108.0 }, 2, 1, TestName = "Of_BackToThePeak_EndsTheSpell")]
    [TestCase(new[] { 105, 104, 103, 102, 106, 105.0 }, 3, 1, TestName = "Of_LongSpellRecovered_KeepsItsLengthAfterAShorterOne")]
    public void Of_Curve_CountsTradingDaysUnderWater(double[] equity, int longest, int current)
    {
        // 90, 95 < 100 (capital) then 101 > 100 and 99 < 101: spells of 2 and 1.
        // 110 | 100, 105 < 110 | 110 = peak | 108: spells of 2 and 1.
        // 105 | 104, 103, 102 < 105 | 106 | 105: spells of 3 and 1.
        DrawdownSpell spell = DrawdownSpell.Of(equity, 100);

        Assert.That(spell, Is.EqualTo(new DrawdownSpell(longest, current)));
    }
}
