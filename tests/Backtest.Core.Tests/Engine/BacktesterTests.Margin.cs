using Backtest.Core.Engine;
using Backtest.Core.Strategies;
using Backtest.Testing;

namespace Backtest.Core.Tests.Engine;

/// <summary>Maintenance margin calls, ruin and stops on hand-made price paths.</summary>
public partial class BacktesterTests
{
    [Test]
    public void Run_ShortSqueezedPastTheMaintenanceMargin_IsCutOnTheNextOpenBackToTheRequirement()
    {
        // Short 100 shares at 100 (decided Monday, filled Tuesday's open); the price climbs to 160.
        double[] prices = [100, 100, 150, 160, 160, 160];
        var panel = TestPanel.Flat("XYZ", TestPanel.Weekdays(Monday, prices.Length), prices);
        EngineSettings settings = Costless.Settings(10_000) with { Fill = FillTiming.Open, Fractional = false };
        var strategy = new ScriptedStrategy(["XYZ"], Schedule.OnceAtStart, (_, book) => book.SetQuantity(0, -100));

        BacktestResult result = Backtester.Run(panel, strategy, settings);

        // Cash after the short: 10,000 + 100 x 100 = 20,000. Requirement = 30% of short value.
        // Day 2 at 150: equity 20,000 - 15,000 = 5,000 >= 0.3 x 15,000 = 4,500: no call.
        // Day 3 at 160: equity 20,000 - 16,000 = 4,000 <  0.3 x 16,000 = 4,800: margin call at that close.
        // Day 4's open at 160: cut f = (4,800 - 4,000) / 4,800 = 1/6 of 100 shares = 16.7, rounded up to 17.
        // After: 83 short, cash 20,000 - 17 x 160 = 17,280, equity 17,280 - 13,280 = 4,000 >= 0.3 x 13,280 = 3,984.
        RunEvent call = result.Events.Single(e => e.Kind == RunEventKind.MarginCall);
        Assert.That(call.Day, Is.EqualTo(3));
        Trade cut = result.Trades.Single(t => t.Reason == TradeReason.MarginCall);
        Assert.That((cut.Day, cut.Quantity, cut.Price), Is.EqualTo((4, 17.0, 160.0)));
        Assert.That(result.Quantity(0, 4), Is.EqualTo(-83));
        Assert.That(result.Cash[4], Is.EqualTo(17_280).Within(1e-9));
        Assert.That(result.Equity[4], Is.EqualTo(4_000).Within(1e-9));
        Assert.That(result.Equity[4], Is.GreaterThanOrEqualTo(0.3 * 83 * 160));
        Assert.That(result.Costs.MarginCalls, Is.EqualTo(1));
    }

    [Test]
    public void Run_MarginCutWithCosts_StillRestoresTheRequirementAfterPayingThem()
    {
        double[] prices = [100, 100, 150, 160, 160];
        var panel = TestPanel.Flat("XYZ", TestPanel.Weekdays(Monday, prices.Length), prices);
        EngineSettings settings = Costless.Settings(10_000) with
        {
            Fill = FillTiming.Open, Fractional = false, SlippageBps = 50, CommissionPerShare = 0.5, CommissionMin = 1, CommissionMaxPct = 1,
        };
        var strategy = new ScriptedStrategy(["XYZ"], Schedule.OnceAtStart, (_, book) => book.SetQuantity(0, -100));

        BacktestResult result = Backtester.Run(panel, strategy, settings);

        // Slippage and commission come out of equity, so the cut must be larger than the 17 shares of the costless case.
        Trade cut = result.Trades.Single(t => t.Reason == TradeReason.MarginCall);
        double shortValue = -result.Quantity(0, 4) * 160;
        Assert.That(cut.Quantity, Is.GreaterThan(17));
        Assert.That(result.Equity[4], Is.GreaterThanOrEqualTo(0.3 * shortValue));
    }

    [Test]
    public void Run_MarginCutWhenOneTickerHasNoBar_CutsOnlyTheOtherEnoughToRestoreTheRequirement()
    {
        // Two shorts of 50 shares each at 100; both climb to 160; on day 4 BBB has no bar (its open is NaN).
        double nan = double.NaN;
        var panel = TestPanel.Of(
            ["AAA", "BBB"],
            TestPanel.Weekdays(Monday, 6),
            [[100, 100, 150, 160, 160, 160], [100, 100, 150, 160, nan, 160]],
            [[100, 100, 150, 160, 160, 160], [100, 100, 150, 160, 160, 160]]);
        EngineSettings settings = Costless.Settings(10_000) with { Fill = FillTiming.Open, Fractional = false };
        var strategy = new ScriptedStrategy(["AAA", "BBB"], Schedule.OnceAtStart, (_, book) =>
        {
            book.SetQuantity(0, -50);
            book.SetQuantity(1, -50);
        });

        BacktestResult result = Backtester.Run(panel, strategy, settings);

        // Day 3: equity 20,000 - 16,000 = 4,000 < 0.3 x 16,000 = 4,800: call. Day 4 only AAA trades:
        // its requirement is 2,400, so f = (4,800 - 4,000) / 2,400 = 1/3 of 50 = 16.7, rounded up to 17.
        // After: AAA 33 short; equity 4,000 >= 0.3 x (33 + 50) x 160 = 3,984.
        Trade cut = result.Trades.Single(t => t.Reason == TradeReason.MarginCall);
        Assert.That((cut.Day, cut.Instrument, cut.Quantity), Is.EqualTo((4, 0, 17.0)));
        Assert.That(result.Quantity(1, 4), Is.EqualTo(-50));
        Assert.That(result.Equity[4], Is.EqualTo(4_000).Within(1e-9));
        Assert.That(result.Equity[4], Is.GreaterThanOrEqualTo(0.3 * (33 + 50) * 160));
    }

    [Test]
    public void Run_EquityBelowZero_ClosesEverythingAndStops()
    {
        double[] prices = [100, 100, 210, 220];
        var panel = TestPanel.Flat("XYZ", TestPanel.Weekdays(Monday, prices.Length), prices);
        EngineSettings settings = Costless.Settings(10_000) with { Fill = FillTiming.Open };
        var strategy = new ScriptedStrategy(["XYZ"], Schedule.OnceAtStart, (_, book) => book.SetQuantity(0, -100));

        BacktestResult result = Backtester.Run(panel, strategy, settings);

        // At 210 the short is worth -21,000 against 20,000 of cash: equity -1,000 at day 2's close. Ruin.
        Assert.That(result.Ruined, Is.True);
        Assert.That(result.DayCount, Is.EqualTo(3));
        Trade closeOut = result.Trades.Single(t => t.Reason == TradeReason.Ruin);
        Assert.That((closeOut.Day, closeOut.Quantity, closeOut.Price), Is.EqualTo((2, 100.0, 210.0)));
        Assert.That(result.Equity[^1], Is.EqualTo(-1_000).Within(1e-9));
        Assert.That(result.Events.Select(e => e.Kind), Does.Contain(RunEventKind.Ruin));
    }

    [Test]
    public void Run_ShortLosingMoreThanItsStop_IsCoveredAtTheNextOpenAndNotReentered()
    {
        double[] prices = [100, 100, 110, 125, 130, 120, 110];
        var panel = TestPanel.Flat("XYZ", TestPanel.Weekdays(Monday, prices.Length), prices);
        EngineSettings settings = Costless.Settings(10_000) with { Fill = FillTiming.Open, StopLoss = 0.2 };
        var strategy = new ScriptedStrategy(["XYZ"], new Schedule(Frequency.Daily), (_, book) => book.SetQuantity(0, -50));

        BacktestResult result = Backtester.Run(panel, strategy, settings);

        // Shorted 50 shares at Tuesday's open (100). Day 3 closes at 125: a 25% loss > 20%.
        // The stop covers at day 4's open (130); the daily -50 targets that follow would re-enter, but are ignored.
        Trade stop = result.Trades.Single(t => t.Reason == TradeReason.Stop);
        Assert.That((stop.Day, stop.Quantity, stop.Price), Is.EqualTo((4, 50.0, 130.0)));
        Assert.That(result.Trades.Where(t => t.Day > 4), Is.Empty);
        Assert.That(result.Quantity(0, prices.Length - 1), Is.Zero);
        Assert.That(result.Costs.Stops, Is.EqualTo(1));
    }
}
