using Backtest.Core.Data;
using Backtest.Core.Data.Checks;

namespace Backtest.Core.Tests.Data.Checks;

/// <summary>Weekend bars in a weekday series are flagged (a time-zone error dates bars a day off); a market that trades every day is left alone.</summary>
public class WeekendBarCheckTests
{
    [Test]
    public void Find_SundayBarAmongWeekdays_WarnsNamingTheDay()
    {
        // Thursday 28 March to Wednesday 3 April 2024, Monday's bar dated on Sunday 31 March by a winter offset.
        TickerSeries series = HandSeries.Closes(
            "EURUSD=X",
            "2024-03-26 1.08", "2024-03-27 1.08", "2024-03-28 1.08", "2024-03-31 1.08", "2024-04-02 1.08", "2024-04-03 1.08",
            "2024-04-04 1.08", "2024-04-05 1.08", "2024-04-08 1.08", "2024-04-09 1.08", "2024-04-10 1.08");

        IReadOnlyList<Finding> findings = WeekendBarCheck.Find(series);

        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That((findings[0].Date, findings[0].Kind, findings[0].Severity), Is.EqualTo(((DateOnly?)new DateOnly(2024, 3, 31), FindingKind.WeekendBar, Severity.Warn)));
        Assert.That(findings[0].Detail, Is.EqualTo("bar on a Sunday (1 of 11 bars fall on weekends): a weekday market's bar dated a day off, as a time-zone error would"));
    }

    [Test]
    public void Find_MarketTradingEveryDay_FindsNothing()
    {
        string[] days = [.. Enumerable.Range(0, 14).Select(d => $"{new DateOnly(2024, 3, 25).AddDays(d):yyyy-MM-dd} 65000")];

        Assert.That(WeekendBarCheck.Find(HandSeries.Closes("BTC-USD", days)), Is.Empty);
    }

    [Test]
    public void Find_WeekdaysOnly_FindsNothing()
    {
        Assert.That(WeekendBarCheck.Find(HandSeries.Closes("NVDA", "2024-03-28 100", "2024-04-01 101")), Is.Empty);
    }
}
