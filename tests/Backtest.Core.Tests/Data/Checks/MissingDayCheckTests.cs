using Backtest.Core.Data;
using Backtest.Core.Data.Checks;

namespace Backtest.Core.Tests.Data.Checks;

/// <summary>Missing days: calendar days a ticker lacks, counted only between its own first and last bar.</summary>
public class MissingDayCheckTests
{
    private static readonly DateOnly[] Calendar =
    [
        new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 4), new(2024, 1, 5), new(2024, 1, 8), new(2024, 1, 9), new(2024, 1, 10),
    ];

    [Test]
    public void Find_DayTheCalendarHasInsideTheRange_WarnsOnThatDay()
    {
        TickerSeries series = HandSeries.Closes("ABC", "2024-01-02 10", "2024-01-03 10", "2024-01-05 10", "2024-01-08 10");

        IReadOnlyList<Finding> findings = MissingDayCheck.Find(series, Calendar);

        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0], Is.EqualTo(new Finding("ABC", new DateOnly(2024, 1, 4), FindingKind.MissingDay, Severity.Warn, FindingText.MissingDay())));
    }

    [Test]
    public void Find_TickerListedLateAndEndedEarly_CountsNoDayOutsideItsRange()
    {
        TickerSeries series = HandSeries.Closes("NEW", "2024-01-04 10", "2024-01-05 10", "2024-01-08 10");

        Assert.That(MissingDayCheck.Find(series, Calendar), Is.Empty);
    }

    [Test]
    public void Find_SeveralGaps_FindsEachDayInOrder()
    {
        TickerSeries series = HandSeries.Closes("ABC", "2024-01-02 10", "2024-01-05 10", "2024-01-10 10");

        IReadOnlyList<Finding> findings = MissingDayCheck.Find(series, Calendar);

        Assert.That(findings.Select(f => f.Date), Is.EqualTo(new DateOnly?[] { new(2024, 1, 3), new(2024, 1, 4), new(2024, 1, 8), new(2024, 1, 9) }));
    }

    [Test]
    public void Find_ExtraDayNotInTheCalendar_IsNotMissingAndNotCounted()
    {
        // A ticker's own bars are always in the folder's calendar; a calendar without them must not upset the walk.
        TickerSeries series = HandSeries.Closes("ABC", "2024-01-02 10", "2024-01-06 10", "2024-01-08 10");

        IReadOnlyList<Finding> findings = MissingDayCheck.Find(series, Calendar);

        Assert.That(findings.Select(f => f.Date), Is.EqualTo(new DateOnly?[] { new(2024, 1, 3), new(2024, 1, 4), new(2024, 1, 5) }));
    }
}
