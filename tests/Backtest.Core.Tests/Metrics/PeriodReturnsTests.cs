using Backtest.Core.Metrics;
using Deedle;

namespace Backtest.Core.Tests.Metrics;

/// <summary>Calendar-month and calendar-year returns chained from month and year ends, the first from the capital.</summary>
[TestFixture]
public class PeriodReturnsTests
{
    private const double Capital = 1_000;

    // Two December days, two January days and one February day, across the 2023/2024 year end.
    // December ends at 1,050 (+5% on the capital), January at 1,029 (1,050 x 0.98), February at 1,080.45 (1,029 x 1.05).
    private static readonly DateOnly[] YearEnd = [new(2023, 12, 28), new(2023, 12, 29), new(2024, 1, 2), new(2024, 1, 31), new(2024, 2, 1)];
    private static readonly double[] YearEndEquity = [1_010, 1_050, 1_020, 1_029, 1_080.45];

    [Test]
    public void Monthly_AcrossAYearEnd_KeysEachMonthByItsFirstDay()
    {
        Series<DateOnly, double> months = PeriodReturns.Monthly(YearEnd, YearEndEquity, Capital);

        Assert.That(months.Keys, Is.EqualTo(new DateOnly[] { new(2023, 12, 1), new(2024, 1, 1), new(2024, 2, 1) }));
    }

    [Test]
    public void Monthly_AcrossAYearEnd_ChainsMonthEndsFromTheCapital()
    {
        Series<DateOnly, double> months = PeriodReturns.Monthly(YearEnd, YearEndEquity, Capital);

        // December: 1,050 / 1,000 - 1 = +5% (its first close, 1,010, does not matter).
        // January: 1,029 / 1,050 - 1 = -2% (1,020 on 2 January does not matter either).
        // February: 1,080.45 / 1,029 - 1 = +5%.
        Assert.That(months.Values, Is.EqualTo(new[] { 0.05, -0.02, 0.05 }).Within(1e-12));
    }

    [Test]
    public void Yearly_AcrossAYearEnd_ChainsYearEndsFromTheCapital()
    {
        Series<DateOnly, double> years = PeriodReturns.Yearly(YearEnd, YearEndEquity, Capital);

        // 2023: 1,050 / 1,000 - 1 = +5%. 2024 so far: 1,080.45 / 1,050 - 1 = 0.98 x 1.05 - 1 = +2.9%.
        Assert.That(years.Keys, Is.EqualTo(new DateOnly[] { new(2023, 1, 1), new(2024, 1, 1) }));
        Assert.That(years.Values, Is.EqualTo(new[] { 0.05, 0.029 }).Within(1e-12));
    }

    [Test]
    public void Yearly_ThreeYears_UsesTheLastCloseOfEachYear()
    {
        DateOnly[] dates = [new(2022, 6, 30), new(2022, 12, 30), new(2023, 12, 29), new(2024, 3, 28)];
        double[] equity = [1_100, 880, 968, 1_161.6];

        Series<DateOnly, double> years = PeriodReturns.Yearly(dates, equity, Capital);

        // 2022: 880 / 1,000 - 1 = -12% (the June high does not count). 2023: 968 / 880 - 1 = +10%.
        // 2024: 1,161.6 / 968 - 1 = +20%.
        Assert.That(years.Values, Is.EqualTo(new[] { -0.12, 0.10, 0.20 }).Within(1e-12));
    }

    [Test]
    public void Monthly_OneMonth_IsTheTotalReturn()
    {
        DateOnly[] dates = [new(2024, 5, 6), new(2024, 5, 7), new(2024, 5, 8)];

        Series<DateOnly, double> months = PeriodReturns.Monthly(dates, [1_010, 990, 1_100], Capital);

        // 1,100 / 1,000 - 1 = +10%, keyed by 1 May.
        Assert.That(months.Keys, Is.EqualTo(new DateOnly[] { new(2024, 5, 1) }));
        Assert.That(months.Values, Is.EqualTo(new[] { 0.10 }).Within(1e-12));
    }
}
