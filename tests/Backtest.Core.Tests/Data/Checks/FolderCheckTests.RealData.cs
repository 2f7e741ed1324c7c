using Backtest.Core.Data;
using Backtest.Core.Data.Checks;
using Backtest.Testing;

namespace Backtest.Core.Tests.Data.Checks;

/// <summary>The check on the real prices in ../shared/data: every finding there, pinned, so a change of rule shows.</summary>
public partial class FolderCheckTests
{
    [Test]
    [Category("RealData")]
    public void Run_YahooDaily_FailsOnlyAmdForItsPlaceholderBar()
    {
        TestPaths.RequireSharedData();

        FolderReport report = FolderCheck.Run(new CsvFolderSource(TestPaths.YahooDaily), JumpRules.Default);

        Assert.That(report.Tickers, Has.Count.EqualTo(12));
        Assert.That(report.With(Severity.Fail), Is.EqualTo(new[] { "AMD" }));
        Assert.That(report.With(Severity.Warn), Is.Empty);
        // Every finding in the set: the placeholder bar, and AMD's real +52% day (results and a China joint venture).
        Assert.That(report.Tickers.SelectMany(t => t.Findings).Select(f => (f.Ticker, f.Date, f.Kind, f.Severity)), Is.EqualTo(new (string, DateOnly?, FindingKind, Severity)[]
        {
            ("AMD", new DateOnly(2015, 1, 2), FindingKind.PlaceholderBar, Severity.Fail),
            ("AMD", new DateOnly(2016, 4, 22), FindingKind.LargeMove, Severity.Warn),
        }));
        Assert.That(report.Calendar, Has.Count.EqualTo(6642));
    }

    [Test]
    [Category("RealData")]
    public void Run_Extension2026_PassesEveryTicker()
    {
        TestPaths.RequireSharedData();

        FolderReport report = FolderCheck.Run(new CsvFolderSource(TestPaths.Extension2026), JumpRules.Default);

        Assert.That(report.Tickers.Select(t => t.Ticker), Is.EqualTo(new[] { "GOOGL", "META", "MSFT", "NVDA", "PLTR", "TSLA" }));
        Assert.That(report.Tickers.SelectMany(t => t.Findings), Is.Empty);
        Assert.That(report.Verdict, Is.EqualTo(Severity.Ok));
    }
}
