using Backtest.Core.Borrow;

namespace Backtest.Core.Tests.Borrow;

/// <summary>Laying dated borrow rows over a panel: each row holds from its first panel day until the ticker's next row.</summary>
public class BorrowScheduleTests
{
    // Tuesday 2024-01-02 to Tuesday 2024-01-09, without the weekend of the 6th and 7th.
    private static readonly DateOnly[] Dates =
    [
        new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 4), new(2024, 1, 5), new(2024, 1, 8), new(2024, 1, 9),
    ];

    private static readonly string[] Tickers = ["AAA", "BBB", "CCC"];

    [Test]
    public void Fee_RowsBeforeTheFirstDay_TheLatestHoldsFromDay0UntilTheNextRow()
    {
        BorrowRow[] rows =
        [
            Row(2023, 12, 15, "AAA", 0.01),
            Row(2023, 12, 28, "AAA", 0.02),
            Row(2024, 1, 4, "AAA", 0.03),
        ];

        var schedule = new BorrowSchedule(rows, Dates, Tickers);

        Assert.That(Fees(schedule, 0), Is.EqualTo(new[] { 0.02, 0.02, 0.03, 0.03, 0.03, 0.03 }));
    }

    [Test]
    public void Fee_BeforeATickersFirstRow_IsNaNSoTheConstantApplies()
    {
        var schedule = new BorrowSchedule([Row(2024, 1, 4, "BBB", 0.03)], Dates, Tickers);

        Assert.That(Fees(schedule, 1), Is.EqualTo(new[] { double.NaN, double.NaN, 0.03, 0.03, 0.03, 0.03 }));
        Assert.That(schedule.HasFee(1, 1), Is.False);
        Assert.That(schedule.HasFee(1, 2), Is.True);
    }

    [Test]
    public void Fee_RowsOnAWeekend_TakeEffectOnMondayWithSundaysRowWinning()
    {
        BorrowRow[] rows = [Row(2024, 1, 2, "AAA", 0.01), Row(2024, 1, 6, "AAA", 0.05), Row(2024, 1, 7, "AAA", 0.07)];

        var schedule = new BorrowSchedule(rows, Dates, Tickers);

        Assert.That(Fees(schedule, 0), Is.EqualTo(new[] { 0.01, 0.01, 0.01, 0.01, 0.07, 0.07 }));
    }

    [Test]
    public void Fee_RowAfterTheLastDay_ChangesNothing()
    {
        BorrowRow[] rows = [Row(2024, 1, 3, "CCC", 0.04), Row(2024, 2, 1, "CCC", 0.5)];

        var schedule = new BorrowSchedule(rows, Dates, Tickers);

        Assert.That(Fees(schedule, 2), Is.EqualTo(new[] { double.NaN, 0.04, 0.04, 0.04, 0.04, 0.04 }));
    }

    [Test]
    public void Constructor_RowsInAnyOrderAndCase_GiveTheSameSchedule()
    {
        BorrowRow[] sorted = [Row(2024, 1, 2, "AAA", 0.01), Row(2024, 1, 5, "AAA", 0.02), Row(2024, 1, 3, "BBB", 0.03)];
        BorrowRow[] shuffled = [sorted[2] with { Ticker = "bbb" }, sorted[1] with { Ticker = "aaa" }, sorted[0]];

        var expected = new BorrowSchedule(sorted, Dates, Tickers);
        var actual = new BorrowSchedule(shuffled, Dates, Tickers);

        Assert.That(actual.Fees.ToArray(), Is.EqualTo(expected.Fees.ToArray()));
        Assert.That(Fees(actual, 0), Is.EqualTo(new[] { 0.01, 0.01, 0.01, 0.02, 0.02, 0.02 }));
    }

    [Test]
    public void Constructor_RowsForTickersNotInThePanel_AreIgnored()
    {
        var schedule = new BorrowSchedule([Row(2024, 1, 2, "ZZZ", 0.9)], Dates, Tickers);

        Assert.That(schedule.Fees.ToArray(), Has.All.NaN);
    }

    [Test]
    public void RebateAndAvailable_FollowTheRowInForceAndARowWithoutAFeeDoesNotKeepTheOldOne()
    {
        BorrowRow[] rows =
        [
            new(new DateOnly(2024, 1, 2), "AAA", 0.02, -0.01, 5000),
            new(new DateOnly(2024, 1, 5), "AAA", null, null, 300),
        ];

        var schedule = new BorrowSchedule(rows, Dates, Tickers);

        Assert.That(Fees(schedule, 0), Is.EqualTo(new[] { 0.02, 0.02, 0.02, double.NaN, double.NaN, double.NaN }));
        Assert.That(Enumerable.Range(0, Dates.Length).Select(t => schedule.Rebate(0, t)), Is.EqualTo(new[] { -0.01, -0.01, -0.01, double.NaN, double.NaN, double.NaN }));
        Assert.That(Enumerable.Range(0, Dates.Length).Select(t => schedule.Available(0, t)), Is.EqualTo(new[] { 5000.0, 5000, 5000, 300, 300, 300 }));
    }

    [Test]
    public void Fees_AreTickerMajorLikeThePanel()
    {
        var schedule = new BorrowSchedule([Row(2024, 1, 9, "BBB", 0.06)], Dates, Tickers);

        // BBB is ticker 1 of 3 over 6 days: its last day sits at 1 * 6 + 5.
        Assert.That(schedule.Days, Is.EqualTo(6));
        Assert.That(schedule.TickerCount, Is.EqualTo(3));
        Assert.That(schedule.Fees[11], Is.EqualTo(0.06));
        Assert.That(schedule.Fees.ToArray().Count(double.IsFinite), Is.EqualTo(1));
    }

    private static BorrowRow Row(int year, int month, int day, string ticker, double fee) =>
        new(new DateOnly(year, month, day), ticker, fee, null, null);

    private static double[] Fees(BorrowSchedule schedule, int ticker) =>
        [.. Enumerable.Range(0, schedule.Days).Select(t => schedule.Fee(ticker, t))];
}
