using Backtest.Core.Borrow;
using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Parameters;
using Backtest.Core.Strategies;
using Backtest.Testing;

namespace Backtest.Core.Tests.Engine;

/// <summary>What a short costs over time: dated fees, rebates, shares available, recalls and margin loans, each worked out by hand.</summary>
public partial class BacktesterTests
{
    // Thursday 4, Friday 5, Monday 8 and Tuesday 9 January 2024.
    private static readonly DateOnly[] ThursdayToTuesday = [new(2024, 1, 4), new(2024, 1, 5), new(2024, 1, 8), new(2024, 1, 9)];

    [Test]
    public void Run_ShortHeldAcrossAFeeChangeOverAWeekend_PaysEachNightAtTheRateInForceAtItsFirstClose()
    {
        var panel = TestPanel.Flat("XYZ", ThursdayToTuesday, [100, 110, 120, 130]);
        EngineSettings settings = Costless.Settings(100_000) with { BorrowFee = new(0.05) };
        var strategy = new ScriptedStrategy(["XYZ"], Schedule.OnceAtStart, (_, book) => book.SetQuantity(0, -100));

        // 36% from New Year; 72% from Saturday 6 January, which holds from the next close, Monday's.
        BorrowRow[] rows = [new(new DateOnly(2024, 1, 1), "XYZ", 0.36, null, null), new(new DateOnly(2024, 1, 6), "XYZ", 0.72, null, null)];
        BacktestResult result = Backtester.Run(panel, strategy, settings, CostModels.From(settings, panel, null, new BorrowSchedule(rows, panel.Dates, panel.Tickers)));

        // Friday: Thursday's close 100 x 100 at 36% for 1 night:            10,000 x 0.36 x 1 / 360 = 10.00
        // Monday: Friday's close 100 x 110 at 36% (Friday's rate) for 3:    11,000 x 0.36 x 3 / 360 = 33.00
        // Tuesday: Monday's close 100 x 120 at 72% for 1 night:             12,000 x 0.72 x 1 / 360 = 24.00
        Assert.That(result.Costs.BorrowFees, Is.EqualTo(10.00 + 33.00 + 24.00).Within(1e-9));
        Assert.That(result.TickerBorrowFees[0], Is.EqualTo(67.00).Within(1e-9));
        Assert.That(result.Cash[^1], Is.EqualTo(100_000 + 10_000 - 67.00).Within(1e-9));
    }

    [Test]
    public void Run_FeeStressFromADate_ChargesTheStressedRateFromThatClose()
    {
        var panel = TestPanel.Flat("XYZ", ThursdayToTuesday, [100, 110, 120, 130]);
        EngineSettings settings = Costless.Settings(100_000) with { BorrowFee = new TickerRates(0.36).With("XYZ", new DateOnly(2024, 1, 8), 0.72) };
        var strategy = new ScriptedStrategy(["XYZ"], Schedule.OnceAtStart, (_, book) => book.SetQuantity(0, -100));

        BacktestResult result = Backtester.Run(panel, strategy, settings);

        // The same nights as the dated table: 10.00 + 33.00 at 36%, then 24.00 at 72% from Monday's close, logged that day.
        Assert.That(result.Costs.BorrowFees, Is.EqualTo(67.00).Within(1e-9));
        RunEvent stress = result.Events.Single(e => e.Kind == RunEventKind.BorrowFee);
        Assert.That(stress.Day, Is.EqualTo(2));
        Assert.That(stress.Message, Is.EqualTo("borrow fee: XYZ at 72% a year from this close (stress borrowFee.XYZ@2024-01-08)"));
    }

    [Test]
    public void Run_RebateOnShortProceeds_IsCreditedAndTheProceedsEarnNoCashInterestBesides()
    {
        var panel = TestPanel.Flat("XYZ", TestPanel.Weekdays(Monday, 3), [100, 110, 110]);
        EngineSettings settings = Costless.Settings(10_000) with { CashRate = 0.072 };
        var strategy = new ScriptedStrategy(["XYZ"], Schedule.OnceAtStart, (_, book) => book.SetQuantity(0, -100));
        BorrowRow[] rows = [new(new DateOnly(2024, 1, 1), "XYZ", 0, 0.036, null)];

        BacktestResult result = Backtester.Run(panel, strategy, settings, CostModels.From(settings, panel, null, new BorrowSchedule(rows, panel.Dates, panel.Tickers)));

        // Monday: short 100 at 100; cash 10,000 + 10,000 = 20,000, of which 10,000 are proceeds earning the rebate.
        // Tuesday: rebate 10,000 x 0.036 / 360 = 1.00; interest on the rest (20,000 - 10,000) x 0.072 / 360 = 2.00; cash 20,003.
        // Wednesday: rebate 100 x 110 x 0.036 / 360 = 1.10; interest (20,003 - 11,000) x 0.072 / 360 = 1.8006.
        Assert.That(result.Costs.BorrowRebate, Is.EqualTo(1.00 + 1.10).Within(1e-9));
        Assert.That(result.Costs.CashInterest, Is.EqualTo(2.00 + 1.8006).Within(1e-9));
        Assert.That(result.Costs.BorrowFees, Is.Zero);
        Assert.That(result.Cash[^1], Is.EqualTo(20_000 + 2.10 + 3.8006).Within(1e-9));
    }

    [Test]
    public void Run_NegativeRebate_IsPaidByTheShortSeller()
    {
        var panel = TestPanel.Flat("XYZ", TestPanel.Weekdays(Monday, 3), [100, 110, 110]);
        EngineSettings settings = Costless.Settings(10_000);
        var strategy = new ScriptedStrategy(["XYZ"], Schedule.OnceAtStart, (_, book) => book.SetQuantity(0, -100));
        BorrowRow[] rows = [new(new DateOnly(2024, 1, 1), "XYZ", null, -0.036, null)];

        BacktestResult result = Backtester.Run(panel, strategy, settings, CostModels.From(settings, panel, null, new BorrowSchedule(rows, panel.Dates, panel.Tickers)));

        // A hard-to-borrow name: -3.6% on 10,000 then 11,000 for a night each, -1.00 - 1.10; the fee (no fee in the row) is
        // the constant 0 of these settings.
        Assert.That(result.Costs.BorrowRebate, Is.EqualTo(-2.10).Within(1e-9));
        Assert.That(result.Cash[^1], Is.EqualTo(20_000 - 2.10).Within(1e-9));
    }

    [Test]
    public void Run_ShortBeyondTheSharesAvailable_IsCutToThemAndTheCutLogged()
    {
        var panel = TestPanel.Flat("XYZ", TestPanel.Weekdays(Monday, 4), [10, 10, 10, 10]);
        EngineSettings settings = Costless.Settings(100_000);
        double[] targets = [-1_000, -1_000, -300, -300];
        var strategy = new ScriptedStrategy(["XYZ"], new Schedule(Frequency.Daily), (context, book) => book.SetQuantity(0, targets[context.Day]));

        // 600 shares to borrow on Monday, 400 from Tuesday.
        BorrowRow[] rows = [new(new DateOnly(2024, 1, 1), "XYZ", null, null, 600), new(new DateOnly(2024, 1, 2), "XYZ", null, null, 400)];
        BacktestResult result = Backtester.Run(panel, strategy, settings, CostModels.From(settings, panel, null, new BorrowSchedule(rows, panel.Dates, panel.Tickers)));

        // Monday: 1,000 wanted, 600 available: short 600. Tuesday: 1,000 wanted, 400 available: the short of 600 is kept,
        // not added to. Wednesday: 300 wanted, a buy of 300, which needs no borrowing.
        Assert.That(Enumerable.Range(0, 4).Select(t => result.Quantity(0, t)), Is.EqualTo(new[] { -600.0, -600, -300, -300 }));
        Assert.That(result.Trades.Select(t => t.Quantity), Is.EqualTo(new[] { -600.0, 300 }));
        string[] cuts = [.. result.Events.Where(e => e.Kind == RunEventKind.BorrowLimit).Select(e => $"{e.Day}: {e.Message}")];
        Assert.That(cuts, Is.EqualTo(new[]
        {
            "0: borrow limit: 600 XYZ shares are available to borrow; the order for a short of 1,000 shares was cut to a short of 600",
            "1: borrow limit: 400 XYZ shares are available to borrow; the order for a short of 1,000 shares was cut to a short of 600",
        }));
    }

    [Test]
    public void Run_Recall_BuysTheShortBackAtTheOpenWithCostsAndBlocksNewShortsForTheRecallDays()
    {
        // Monday 1 to Monday 8 January 2024; opens 1 below the closes.
        DateOnly[] dates = TestPanel.Weekdays(Monday, 6);
        double[] closes = [100, 101, 102, 103, 104, 105];
        var panel = TestPanel.Single("XYZ", dates, opens: [.. closes.Select(c => c - 1)], closes: closes);
        EngineSettings settings = Costless.Settings(100_000) with
        {
            Fill = FillTiming.Open,
            CommissionPerShare = 0.01,
            CommissionMin = 1,
            CommissionMaxPct = 1,
            SlippageBps = 10,
            Recall = new TickerDates().With("XYZ", dates[3]),
            RecallDays = 2,
        };
        double[] targets = [-200, -200, -250, -250, -250, -250];
        var strategy = new ScriptedStrategy(["XYZ"], new Schedule(Frequency.Daily), (context, book) => book.SetQuantity(0, targets[context.Day]));

        BacktestResult result = Backtester.Run(panel, strategy, settings);

        // Short 200 at Tuesday's open (100). Thursday: recalled, bought back at Thursday's open 102 plus 10 bps = 102.102,
        // commission max(200 x 0.01, 1) = 2.00, slippage 200 x 0.102 = 20.40; Wednesday's order for 50 more, sized on the
        // short, is dropped. Thursday and Friday are blocked (2 days): Friday's order (decided Thursday) is cut to no
        // short; Monday's fills again.
        Trade recall = result.Trades.Single(t => t.Reason == TradeReason.Recall);
        Assert.That((recall.Day, recall.Quantity), Is.EqualTo((3, 200.0)));
        Assert.That(recall.Price, Is.EqualTo(102 * 1.001).Within(1e-12));
        Assert.That(recall.Commission, Is.EqualTo(2.00).Within(1e-12));
        Assert.That(recall.Slippage, Is.EqualTo(20.40).Within(1e-9));
        Assert.That(Enumerable.Range(0, 6).Select(t => result.Quantity(0, t)), Is.EqualTo(new[] { 0.0, -200, -200, 0, 0, -250 }));
        Assert.That(result.Events.Where(e => e.Kind is RunEventKind.Recall or RunEventKind.BorrowLimit).Select(e => $"{e.Day}: {e.Message}"), Is.EqualTo(new[]
        {
            "3: recall: the lender recalled XYZ; the short of 200 shares was bought back at the open (102.00), the order waiting for it dropped; no new short until 2024-01-08",
            "4: borrow limit: XYZ is recalled until 2024-01-08; the order for a short of 250 shares was cut to a short of 0",
        }));
    }

    [Test]
    public void Run_MarginLoan_IsChargedMarginRateOnNegativeCashNightByNight()
    {
        // Thursday to Tuesday; 150 shares of 100 bought with 10,000: a loan of 5,000.
        var panel = TestPanel.Flat("XYZ", ThursdayToTuesday, [100, 100, 100, 100]);
        EngineSettings settings = Costless.Settings(10_000) with { MarginRate = 0.072, CashRate = 0.05 };
        var strategy = new ScriptedStrategy(["XYZ"], Schedule.OnceAtStart, (_, book) => book.SetQuantity(0, 150));

        BacktestResult result = Backtester.Run(panel, strategy, settings);

        // Friday: 5,000 x 0.072 x 1 / 360 = 1.00. Monday: 5,001 x 0.072 x 3 / 360 = 3.0006. Tuesday: 5,004.0006 x 0.0002 = 1.00080012.
        // No cash interest: cash is never positive.
        double loan = 1.00 + 3.0006 + 1.00080012;
        Assert.That(result.Costs.MarginInterest, Is.EqualTo(loan).Within(1e-9));
        Assert.That(result.Costs.CashInterest, Is.Zero);
        Assert.That(result.Cash[^1], Is.EqualTo(-5_000 - loan).Within(1e-9));
    }
}
