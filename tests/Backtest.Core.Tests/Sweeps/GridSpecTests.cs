using Backtest.Core;
using Backtest.Core.Strategies;
using Backtest.Core.Sweeps;

namespace Backtest.Core.Tests.Sweeps;

public class GridSpecTests
{
    // Trading days of late 2024 to early 2025 (weekdays, without 2024-12-25 and 2025-01-01).
    private static readonly DateOnly[] Calendar = Weekdays(new DateOnly(2024, 12, 2), new DateOnly(2025, 4, 30))
        .Where(d => d != new DateOnly(2024, 12, 25) && d != new DateOnly(2025, 1, 1)).ToArray();

    [TestCase("shortAllocation=0.1:1.0:0.1", "0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1")]
    [TestCase("x=0:1:0.25", "0,0.25,0.5,0.75,1")]
    [TestCase("x=1:0:-0.5", "1,0.5,0")]
    [TestCase("x=0.15:0.5:0.1", "0.15,0.25,0.35,0.45")]
    [TestCase("volWindow=20:100:20", "20,40,60,80,100")]
    [TestCase("x=1e-3:3e-3:1e-3", "0.001,0.002,0.003")]
    [TestCase("x=5:5:1", "5")]
    [TestCase("rebalance=none,monthly, weekly", "none,monthly,weekly")]
    [TestCase("pltrExpiry=2026-06-18,2027-01-15", "2026-06-18,2027-01-15")]
    [TestCase("basket=NVDA,PLTR;AMD", "NVDA,PLTR|AMD")]
    [TestCase("hedge=SPY", "SPY")]
    public void Parse_ListsAndNumberRanges_GiveValuesInOrderWithoutDrift(string text, string expected)
    {
        GridAxis axis = GridSpec.Parse(text).Expand(Calendar);

        string separator = expected.Contains('|', StringComparison.Ordinal) ? "|" : ",";
        Assert.That(axis.Values, Is.EqualTo(expected.Split(separator)));
    }

    [TestCase("entryDate=2024-12-01..2025-03-31:monthly", "2024-12-02,2025-01-02,2025-02-03,2025-03-03")]
    [TestCase("entryDate=2024-12-15..2025-03-31:monthly", "2024-12-16,2025-01-02,2025-02-03,2025-03-03")]
    [TestCase("entryDate=2024-12-01..2025-04-30:quarterly", "2024-12-02,2025-01-02,2025-04-01")]
    [TestCase("entryDate=2024-12-23..2025-01-06:weekly", "2024-12-23,2024-12-30,2025-01-06")]
    [TestCase("entryDate=2024-12-24..2024-12-27:daily", "2024-12-24,2024-12-26,2024-12-27")]
    public void Expand_DateRange_FirstTradingDayOfEachPeriodWithinTheRange(string text, string expected)
    {
        GridAxis axis = GridSpec.Parse(text).Expand(Calendar);

        Assert.That(axis.Values, Is.EqualTo(expected.Split(',')));
    }

    [TestCase("shortAllocation", "expected NAME=SPEC")]
    [TestCase("=0.1", "expected NAME=SPEC")]
    [TestCase("x=", "expected NAME=SPEC")]
    [TestCase("x=0.1:1.0", "a range is START:STOP:STEP")]
    [TestCase("x=0.1:b:0.1", "a range is START:STOP:STEP")]
    [TestCase("x=0.1:1.0:0", "the step is 0")]
    [TestCase("x=1:0:0.1", "the step moves away from STOP")]
    [TestCase("x=0:1e9:1", "combinations")]
    [TestCase("x=a,,b", "a value is empty")]
    [TestCase("x=2025-01-01..2024-01-01:monthly", "END is before START")]
    [TestCase("x=2024-01-01..2025-01-01", "a range is START:STOP:STEP")]
    [TestCase("x=2024-01-01..2025-01-01:yearly", "'yearly' is not a period")]
    [TestCase("x=2024-13-01..2025-01-01:monthly", "a range is START:STOP:STEP")]
    public void Parse_Malformed_ThrowsNamingTheProblem(string text, string message)
    {
        var e = Assert.Throws<InputException>(() => GridSpec.Parse(text));

        Assert.That(e!.Message, Does.Contain(message));
    }

    [Test]
    public void Expand_DateRangeWithoutTradingDay_Throws()
    {
        var e = Assert.Throws<InputException>(() => GridSpec.Parse("x=2024-12-25..2024-12-25:daily").Expand(Calendar));

        Assert.That(e!.Message, Does.Contain("no trading day"));
    }

    [Test]
    public void FirstTradingDays_WeeklyPeriods_StartOnMondayAsSchedules()
    {
        var periods = new DatePeriods(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31), Frequency.Weekly);

        IReadOnlyList<DateOnly> days = periods.FirstTradingDays(Calendar);

        Assert.That(days.Select(d => d.DayOfWeek), Is.EqualTo(new[] { DayOfWeek.Thursday, DayOfWeek.Monday, DayOfWeek.Monday, DayOfWeek.Monday, DayOfWeek.Monday }));
    }

    private static IEnumerable<DateOnly> Weekdays(DateOnly from, DateOnly to)
    {
        for (DateOnly d = from; d <= to; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                yield return d;
            }
        }
    }
}
