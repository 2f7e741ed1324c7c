using Backtest.Core.Data;
using Backtest.Core.Data.Checks;

namespace Backtest.Core.Tests.Data.Checks;

/// <summary>Placeholder bars: open = high = low = close with volume 0 fail; anything less is a real bar.</summary>
public class PlaceholderBarCheckTests
{
    [Test]
    public void Find_FlatBarWithoutVolume_FailsOnItsDate()
    {
        // AMD's real placeholder: 2015-01-02 at 2.67 with no volume, between two traded days.
        TickerSeries amd = HandSeries.Bars(
            "AMD",
            "2014-12-31 2.69 2.72 2.66 2.67 6425400",
            "2015-01-02 2.67 2.67 2.67 2.67 0",
            "2015-01-05 2.67 2.70 2.64 2.66 8878200");

        IReadOnlyList<Finding> findings = PlaceholderBarCheck.Find(amd);

        Assert.That(findings, Has.Count.EqualTo(1));
        Finding finding = findings[0];
        Assert.That(finding.Ticker, Is.EqualTo("AMD"));
        Assert.That(finding.Date, Is.EqualTo(new DateOnly(2015, 1, 2)));
        Assert.That(finding.Kind, Is.EqualTo(FindingKind.PlaceholderBar));
        Assert.That(finding.Severity, Is.EqualTo(Severity.Fail));
        Assert.That(finding.Detail, Is.EqualTo("placeholder bar (open = high = low = close = 2.67, volume 0)"));
    }

    // One bar "open high low close volume": each differs from a placeholder in one way, so none is one.
    [TestCase("2.67 2.67 2.67 2.67 100", TestName = "Find_FlatBarWithVolume_IsAThinDayNotAPlaceholder")]
    [TestCase("2.67 2.70 2.67 2.67 0", TestName = "Find_NoVolumeButAHigherHigh_IsNotAPlaceholder")]
    [TestCase("2.67 2.67 2.60 2.67 0", TestName = "Find_NoVolumeButALowerLow_IsNotAPlaceholder")]
    [TestCase("2.65 2.67 2.65 2.67 0", TestName = "Find_NoVolumeButOpenBelowClose_IsNotAPlaceholder")]
    public void Find_BarThatIsNotFlatWithoutVolume_FindsNothing(string bar)
    {
        TickerSeries series = HandSeries.Bars("ABC", "2015-01-02 " + bar);

        Assert.That(PlaceholderBarCheck.Find(series), Is.Empty);
    }

    [Test]
    public void Find_TwoPlaceholders_FindsBothInDateOrder()
    {
        TickerSeries series = HandSeries.Bars(
            "ABC",
            "2024-01-02 10 10 10 10 0",
            "2024-01-03 10 11 9 10.5 500",
            "2024-01-04 10.5 10.5 10.5 10.5 0");

        IReadOnlyList<Finding> findings = PlaceholderBarCheck.Find(series);

        Assert.That(findings.Select(f => f.Date), Is.EqualTo(new DateOnly?[] { new(2024, 1, 2), new(2024, 1, 4) }));
    }
}
