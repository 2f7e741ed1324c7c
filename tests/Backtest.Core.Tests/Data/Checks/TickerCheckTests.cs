using Backtest.Core.Data;
using Backtest.Core.Data.Checks;

namespace Backtest.Core.Tests.Data.Checks;

/// <summary>One ticker's report: its facts (dividends counted), every finding by date, and the worst as its verdict.</summary>
public class TickerCheckTests
{
    private static readonly DateOnly[] Calendar = [new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 4), new(2024, 1, 5)];

    [Test]
    public void Run_CleanSeriesWithDividends_IsOkAndCountsTheDividends()
    {
        Dividend[] dividends = [new(new DateOnly(2024, 1, 3), 0.25), new(new DateOnly(2024, 1, 5), 0.30)];
        TickerSeries series = HandSeries.Bars(
            "ABC",
            dividends,
            "2024-01-02 10 11 9 10.5 1000",
            "2024-01-03 10.5 11 10 10.8 1200",
            "2024-01-04 10.8 11 10.5 10.9 900",
            "2024-01-05 10.9 11.2 10.7 11 1100");

        TickerReport report = TickerCheck.Run(series, Calendar, JumpRules.Default);

        Assert.That(report.Ticker, Is.EqualTo("ABC"));
        Assert.That(report.Facts, Is.EqualTo(new SeriesFacts(new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 5), 4, 2)));
        Assert.That(report.Findings, Is.Empty);
        Assert.That(report.Verdict, Is.EqualTo(Severity.Ok));
    }

    [Test]
    public void Run_MissingDayOnly_Warns()
    {
        TickerSeries series = HandSeries.Closes("ABC", "2024-01-02 10", "2024-01-04 10", "2024-01-05 10");

        TickerReport report = TickerCheck.Run(series, Calendar, JumpRules.Default);

        Assert.That(report.Verdict, Is.EqualTo(Severity.Warn));
        Assert.That(report.Count(FindingKind.MissingDay), Is.EqualTo(1));
    }

    [Test]
    public void Run_PlaceholderSplitAndGap_FailsWithEveryFindingInDateOrder()
    {
        TickerSeries series = HandSeries.Bars(
            "ABC",
            "2024-01-02 100 101 99 100 1000",
            "2024-01-04 10 10.1 9.9 10 10000",
            "2024-01-05 10 10 10 10 0");

        TickerReport report = TickerCheck.Run(series, Calendar, JumpRules.Default);

        Assert.That(report.Verdict, Is.EqualTo(Severity.Fail));
        Assert.That(report.Findings.Select(f => (f.Date, f.Kind)), Is.EqualTo(new (DateOnly?, FindingKind)[]
        {
            (new DateOnly(2024, 1, 3), FindingKind.MissingDay),
            (new DateOnly(2024, 1, 4), FindingKind.SplitLikeJump),
            (new DateOnly(2024, 1, 5), FindingKind.PlaceholderBar),
        }));
    }

    [Test]
    public void Unreadable_LoaderMessage_FailsWithTheMessageAndNoFacts()
    {
        TickerReport report = TickerCheck.Unreadable("ABC", "ABC.csv, line 3: Close 'x' is not a number.");

        Assert.That(report.Facts, Is.Null);
        Assert.That(report.Verdict, Is.EqualTo(Severity.Fail));
        Assert.That(report.Findings, Is.EqualTo(new[] { new Finding("ABC", null, FindingKind.Unreadable, Severity.Fail, "ABC.csv, line 3: Close 'x' is not a number.") }));
    }
}
