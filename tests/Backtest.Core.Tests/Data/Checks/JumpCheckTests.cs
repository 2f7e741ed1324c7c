using Backtest.Core.Data;
using Backtest.Core.Data.Checks;

namespace Backtest.Core.Tests.Data.Checks;

/// <summary>Close-to-close jumps: a hundredfold either way or near a split ratio (within 5%) fails, other moves beyond +/-50% warn, the rest pass.</summary>
public class JumpCheckTests
{
    // Previous close, close, then the finding expected on the second day (null: none) and its detail.
    [TestCase(120.0, 12.0, FindingKind.SplitLikeJump, "close x0.1000 (120 to 12), like an unadjusted 10-for-1 split", TestName = "Find_TenForOneSplitNotAdjusted_Fails")]
    [TestCase(50.0, 100.0, FindingKind.SplitLikeJump, "close x2.0000 (50 to 100), like an unadjusted 1-for-2 reverse split", TestName = "Find_OneForTwoReverseSplitNotAdjusted_Fails")]
    [TestCase(100.0, 160.0, FindingKind.LargeMove, "close +60.0% (x1.6000, 100 to 160), beyond 50% but no split ratio", TestName = "Find_RealSixtyPercentDay_WarnsAndIsNotASplit")]
    [TestCase(100.0, 40.0, FindingKind.LargeMove, "close -60.0% (x0.4000, 100 to 40), beyond 50% but no split ratio", TestName = "Find_RealSixtyPercentFall_Warns")]
    [TestCase(100.0, 52.0, FindingKind.SplitLikeJump, "close x0.5200 (100 to 52), like an unadjusted 2-for-1 split", TestName = "Find_TwoForOneSplitOnAFourPercentUpDay_Fails")]
    [TestCase(100.0, 205.0, FindingKind.SplitLikeJump, "close x2.0500 (100 to 205), like an unadjusted 1-for-2 reverse split", TestName = "Find_ReverseSplitOnAFourPercentDownDay_Fails")]
    [TestCase(100.0, 25.5, FindingKind.SplitLikeJump, "close x0.2550 (100 to 25.5), like an unadjusted 4-for-1 split", TestName = "Find_FourForOneSplit_Fails")]
    [TestCase(100.0, 33.0, FindingKind.SplitLikeJump, "close x0.3300 (100 to 33), like an unadjusted 3-for-1 split", TestName = "Find_ThreeForOneSplit_Fails")]
    [TestCase(100.0, 19.5, FindingKind.SplitLikeJump, "close x0.1950 (100 to 19.5), like an unadjusted 5-for-1 split", TestName = "Find_FiveForOneSplit_Fails")]
    [TestCase(100.0, 5.1, FindingKind.SplitLikeJump, "close x0.0510 (100 to 5.1), like an unadjusted 20-for-1 split", TestName = "Find_TwentyForOneSplit_Fails")]
    [TestCase(10.0, 100.0, FindingKind.SplitLikeJump, "close x10.0000 (10 to 100), like an unadjusted 1-for-10 reverse split", TestName = "Find_OneForTenReverseSplit_Fails")]
    [TestCase(100.0, 215.0, FindingKind.LargeMove, "close +115.0% (x2.1500, 100 to 215), beyond 50% but no split ratio", TestName = "Find_DoublingBeyondTheBand_WarnsOnly")]
    [TestCase(100.0, 151.0, FindingKind.LargeMove, "close +51.0% (x1.5100, 100 to 151), beyond 50% but no split ratio", TestName = "Find_JustBeyondFiftyPercent_Warns")]
    [TestCase(100.0, 150.0, null, null, TestName = "Find_ExactlyFiftyPercent_IsNotBeyondTheLimit")]
    [TestCase(100.0, 53.0, null, null, TestName = "Find_FortySevenPercentFallOutsideTheTwoForOneBand_FindsNothing")]
    [TestCase(100.0, 58.9, null, null, TestName = "Find_SmciLikeFortyOnePercentFall_FindsNothing")]
    [TestCase(100.0, 136.0, null, null, TestName = "Find_ThirtySixPercentRise_FindsNothing")]
    [TestCase(1.0, 100.0, FindingKind.AbsurdJump, "close x100.0000 (1 to 100), 100 times or more either way: a data error", TestName = "Find_HundredfoldRise_FailsAsAbsurd")]
    [TestCase(100.0, 1.0, FindingKind.AbsurdJump, "close x0.0100 (100 to 1), 100 times or more either way: a data error", TestName = "Find_HundredfoldFall_FailsAsAbsurd")]
    [TestCase(0.1, 1e8, FindingKind.AbsurdJump, "close x1E+9 (0.1 to 1E+08), 100 times or more either way: a data error", TestName = "Find_BillionfoldRise_FailsAsAbsurdInShortWords")]
    [TestCase(1.0, 99.0, FindingKind.LargeMove, "close +9800.0% (x99.0000, 1 to 99), beyond 50% but no split ratio", TestName = "Find_NinetyNinefoldRise_IsOnlyALargeMove")]
    public void Find_OneMove_FindsWhatTheRulesSay(double previous, double close, FindingKind? kind, string? detail)
    {
        TickerSeries series = HandSeries.Closes("ABC", $"2024-06-07 {previous}", $"2024-06-10 {close}");

        IReadOnlyList<Finding> findings = JumpCheck.Find(series, JumpRules.Default);

        if (kind is null)
        {
            Assert.That(findings, Is.Empty);
            return;
        }

        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0].Kind, Is.EqualTo(kind));
        Assert.That(findings[0].Severity, Is.EqualTo(kind is FindingKind.SplitLikeJump or FindingKind.AbsurdJump ? Severity.Fail : Severity.Warn));
        Assert.That(findings[0].Date, Is.EqualTo(new DateOnly(2024, 6, 10)), "a jump is dated by the day it lands on");
        Assert.That(findings[0].Detail, Is.EqualTo(detail));
    }

    [Test]
    public void Find_SplitThenRealRally_FindsBothInDateOrder()
    {
        TickerSeries series = HandSeries.Closes(
            "ABC",
            "2024-06-06 1200",
            "2024-06-07 1210",
            "2024-06-10 121.5",
            "2024-06-11 122",
            "2024-06-12 195",
            "2024-06-13 196");

        IReadOnlyList<Finding> findings = JumpCheck.Find(series, JumpRules.Default);

        Assert.That(findings.Select(f => (f.Date, f.Kind)), Is.EqualTo(new (DateOnly?, FindingKind)[]
        {
            (new DateOnly(2024, 6, 10), FindingKind.SplitLikeJump),
            (new DateOnly(2024, 6, 12), FindingKind.LargeMove),
        }));
    }

    [Test]
    public void Find_WiderTolerance_TurnsAFortyOnePercentFallIntoASplit()
    {
        // SMCI's real -41% day (x0.589) is 18% from x0.5: the default band leaves it alone, a 20% band would not.
        TickerSeries series = HandSeries.Closes("SMCI", "2018-10-03 21.40", "2018-10-04 12.60");
        var wide = JumpRules.Default with { Tolerance = 0.20 };

        Assert.That(JumpCheck.Find(series, JumpRules.Default), Is.Empty);
        Assert.That(JumpCheck.Find(series, wide).Single().Kind, Is.EqualTo(FindingKind.SplitLikeJump));
    }

    [Test]
    public void Find_OneBar_FindsNothing()
    {
        Assert.That(JumpCheck.Find(HandSeries.Closes("ABC", "2024-06-07 100"), JumpRules.Default), Is.Empty);
    }

    [Test]
    public void Find_RawPricesWithTheSplitRecorded_SeeNoJumpOnTheSplitDate()
    {
        // Raw NVDA-like closes: 1,208.88 then 121.79 on the 10-for-1 split day; with the split taken out, x1.0075.
        TickerSeries series = WithSplit(HandSeries.Closes("ABC", "2024-06-07 1208.88", "2024-06-10 121.79"), new Split(HandSeries.Day("2024-06-10"), 10));

        Assert.That(JumpCheck.Find(series, JumpRules.Default with { RawPrices = true }), Is.Empty);
    }

    [Test]
    public void Find_AdjustedPricesWithASplitFile_IgnoreTheFile()
    {
        // Split-adjusted closes with the split recorded too (as data fetch writes them): no jump, and the file is not applied.
        TickerSeries series = WithSplit(HandSeries.Closes("ABC", "2024-06-07 120.888", "2024-06-10 121.79"), new Split(HandSeries.Day("2024-06-10"), 10));

        Assert.That(JumpCheck.Find(series, JumpRules.Default), Is.Empty);
    }

    [Test]
    public void Find_RawPricesWithoutTheSplitRecorded_StillFail()
    {
        TickerSeries series = HandSeries.Closes("ABC", "2024-06-07 1208.88", "2024-06-10 121.79");

        IReadOnlyList<Finding> findings = JumpCheck.Find(series, JumpRules.Default with { RawPrices = true });

        Assert.That(findings.Single().Kind, Is.EqualTo(FindingKind.SplitLikeJump));
    }

    private static TickerSeries WithSplit(TickerSeries s, Split split) =>
        new(s.Ticker, s.Dates, s.Open, s.High, s.Low, s.Close, s.Volume, s.Dividends, s.Files, [split]);
}
