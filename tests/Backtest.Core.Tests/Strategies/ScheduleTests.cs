using Backtest.Core.Strategies;

namespace Backtest.Core.Tests.Strategies;

[TestFixture]
public class ScheduleTests
{
    // Trading days around a month end, a weekend, a quarter end and a holiday-free week.
    private static readonly DateOnly[] Dates =
    [
        new(2025, 9, 26), new(2025, 9, 29), new(2025, 9, 30), new(2025, 10, 1), new(2025, 10, 2),
        new(2025, 10, 3), new(2025, 10, 6), new(2025, 10, 7), new(2025, 10, 31), new(2025, 11, 3),
    ];

    [Test]
    public void DecisionDays_OnceOnADate_PicksTheFirstTradingDayOnOrAfterIt()
    {
        bool[] days = Schedule.Once(new DateOnly(2025, 10, 4)).DecisionDays(Dates);

        Assert.That(Decided(days), Is.EqualTo(new[] { new DateOnly(2025, 10, 6) }));
    }

    [Test]
    public void DecisionDays_OnceAtStart_IsTheFirstDay()
    {
        Assert.That(Decided(Schedule.OnceAtStart.DecisionDays(Dates)), Is.EqualTo(new[] { new DateOnly(2025, 9, 26) }));
    }

    [Test]
    public void DecisionDays_Monthly_AreTheStartAndEachMonthsFirstTradingDay()
    {
        bool[] days = new Schedule(Frequency.Monthly, new DateOnly(2025, 9, 29)).DecisionDays(Dates);

        Assert.That(Decided(days), Is.EqualTo(new[] { new DateOnly(2025, 9, 29), new DateOnly(2025, 10, 1), new DateOnly(2025, 11, 3) }));
    }

    [Test]
    public void DecisionDays_Weekly_AreEachWeeksFirstTradingDay()
    {
        bool[] days = new Schedule(Frequency.Weekly).DecisionDays(Dates);

        // Weeks start Mon 9-29, Mon 10-6, and the weeks of 10-31 (Fri) and 11-3 (Mon).
        Assert.That(Decided(days), Is.EqualTo(new[]
        {
            new DateOnly(2025, 9, 26), new DateOnly(2025, 9, 29), new DateOnly(2025, 10, 6), new DateOnly(2025, 10, 31), new DateOnly(2025, 11, 3),
        }));
    }

    [Test]
    public void DecisionDays_Quarterly_AreTheStartAndTheQuartersFirstTradingDay()
    {
        bool[] days = new Schedule(Frequency.Quarterly).DecisionDays(Dates);

        Assert.That(Decided(days), Is.EqualTo(new[] { new DateOnly(2025, 9, 26), new DateOnly(2025, 10, 1) }));
    }

    [Test]
    public void DecisionDays_StartAfterTheLastDay_DecidesNever()
    {
        Assert.That(Decided(Schedule.Once(new DateOnly(2026, 1, 1)).DecisionDays(Dates)), Is.Empty);
    }

    private static DateOnly[] Decided(bool[] days) => Dates.Where((_, t) => days[t]).ToArray();
}
