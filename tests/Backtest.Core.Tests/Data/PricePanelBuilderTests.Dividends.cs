using Backtest.Core.Data;

namespace Backtest.Core.Tests.Data;

/// <summary>Dividends go on their ex-date, or on the next panel day when the ex-date is not one.</summary>
public partial class PricePanelBuilderTests
{
    // Panel days: Mon 8 .. Fri 12, then Tue 16 and Wed 17 (Mon 15 a market holiday).
    private static readonly string[] HolidayWeek = ["2024-01-08", "2024-01-09", "2024-01-10", "2024-01-11", "2024-01-12", "2024-01-16", "2024-01-17"];

    [TestCase("2024-01-10", 2, TestName = "Build_ExDateOnAPanelDay_PutsTheDividendThere")]
    [TestCase("2024-01-08", 0, TestName = "Build_ExDateOnTheFirstDay_PutsTheDividendThere")]
    [TestCase("2024-01-17", 6, TestName = "Build_ExDateOnTheLastDay_PutsTheDividendThere")]
    [TestCase("2024-01-13", 5, TestName = "Build_ExDateOnASaturday_PutsTheDividendOnTheNextPanelDay")]
    [TestCase("2024-01-15", 5, TestName = "Build_ExDateOnAHoliday_PutsTheDividendOnTheNextPanelDay")]
    [TestCase("2024-01-05", -1, TestName = "Build_ExDateBeforeTheWindow_DropsTheDividend")]
    [TestCase("2024-01-18", -1, TestName = "Build_ExDateAfterTheWindow_DropsTheDividend")]
    public void Build_Dividend_LandsOnTheFirstPanelDayOnOrAfterItsExDate(string exDate, int expectedDay)
    {
        double[] flat = [.. HolidayWeek.Select(_ => 10.0)];
        TickerSeries a = Bars("A", HolidayWeek, flat, flat, new Dividend(Day(exDate), 0.5));

        PricePanel panel = PricePanelBuilder.Build([a]);

        double[] expected = new double[HolidayWeek.Length];
        if (expectedDay >= 0)
        {
            expected[expectedDay] = 0.5;
        }

        Assert.That(panel.Dividends, Is.EqualTo(expected));
    }

    [Test]
    public void Build_ExDateOnADayOnlyAnotherTickerTrades_PutsTheDividendOnThatPanelDay()
    {
        // A has no bar on Wed 10, but B does, so the 10th is a panel day and A's dividend goes there.
        TickerSeries a = Bars("A", ["2024-01-08", "2024-01-09", "2024-01-11"], [10, 10, 10], [10, 10, 10], new Dividend(Day("2024-01-10"), 0.25));
        TickerSeries b = Bars("B", ["2024-01-08", "2024-01-09", "2024-01-10", "2024-01-11"], [20, 20, 20, 20], [20, 20, 20, 20]);

        PricePanel panel = PricePanelBuilder.Build([a, b]);

        Assert.That(Row(panel.Dividends, panel, 0), Is.EqualTo(new[] { 0, 0, 0.25, 0 }));
        Assert.That(Row(panel.Dividends, panel, 1), Is.EqualTo(new double[] { 0, 0, 0, 0 }));
    }
}
