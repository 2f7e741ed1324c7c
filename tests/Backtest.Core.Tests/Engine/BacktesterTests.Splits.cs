using Backtest.Core.Engine;
using Backtest.Core.Strategies;
using Backtest.Testing;

namespace Backtest.Core.Tests.Engine;

/// <summary>Raw prices: a split resizes positions on its date and leaves their value alone.</summary>
public partial class BacktesterTests
{
    [Test]
    public void Run_ShortThroughATenForOneSplit_HoldsTenTimesTheSharesAtATenthOfThePrice()
    {
        // Raw prices: 500, 520, then the split day opens and closes at 52 (= 520 / 10), then 50.
        double[] prices = [500, 520, 52, 50];
        var panel = TestPanel.Of(["XYZ"], TestPanel.Weekdays(Monday, 4), [prices], [prices], null, [[0, 0, 10, 0]]);
        var strategy = new ScriptedStrategy(["XYZ"], Schedule.OnceAtStart, (_, book) => book.SetQuantity(0, -100));

        BacktestResult result = Backtester.Run(panel, strategy, Costless.Settings(100_000));

        // Short 100 at 500: cash 150,000. Day 1: equity 150,000 - 100 x 520 = 98,000.
        // Day 2: 1,000 short at 52 = -52,000, equity 98,000 still. Day 3: 150,000 - 1,000 x 50 = 100,000.
        Assert.That(result.Quantity(0, 1), Is.EqualTo(-100));
        Assert.That(result.Quantity(0, 2), Is.EqualTo(-1_000));
        Assert.That(result.Equity[1], Is.EqualTo(98_000).Within(1e-9));
        Assert.That(result.Equity[2], Is.EqualTo(98_000).Within(1e-9));
        Assert.That(result.Equity[3], Is.EqualTo(100_000).Within(1e-9));
        Assert.That(result.Events.Single(e => e.Kind == RunEventKind.Split).Message, Does.Contain("100 shares became -1,000").Or.Contain("-100 shares became -1,000"));
    }

    [Test]
    public void Run_ReverseSplitWithWholeShares_PaysTheFractionInCash()
    {
        // 1-for-10 reverse split on day 2: 105 shares become 10.5; the half share is paid at 2 x 10 = 20 a share.
        double[] prices = [2, 2, 20, 20];
        var panel = TestPanel.Of(["XYZ"], TestPanel.Weekdays(Monday, 4), [prices], [prices], null, [[0, 0, 0.1, 0]]);
        var strategy = new ScriptedStrategy(["XYZ"], Schedule.OnceAtStart, (_, book) => book.SetQuantity(0, 105));

        BacktestResult result = Backtester.Run(panel, strategy, Costless.Settings(1_000) with { Fractional = false });

        // Cash 1,000 - 105 x 2 = 790; on day 2 it gets 0.5 x 20 = 10 for the fraction: 800, and 10 shares x 20 = 200.
        Assert.That(result.Quantity(0, 2), Is.EqualTo(10));
        Assert.That(result.Cash[2], Is.EqualTo(800).Within(1e-9));
        Assert.That(result.Equity[2], Is.EqualTo(1_000).Within(1e-9));
    }

    [Test]
    public void Run_OrderDecidedBeforeTheSplitFillsAfterIt_IsResizedToo()
    {
        // Decided at Monday's close (price 400) for 10% of 10,000 = 2.5 shares, filled at Tuesday's open after a 4:1 split.
        double[] prices = [400, 100, 100];
        var panel = TestPanel.Of(["XYZ"], TestPanel.Weekdays(Monday, 3), [prices], [prices], null, [[0, 4, 0]]);
        var strategy = ScriptedStrategy.Weights(["XYZ"], [0.1]);

        BacktestResult result = Backtester.Run(panel, strategy, Costless.Settings(10_000) with { Fill = FillTiming.Open });

        // 2.5 pre-split shares are 10 post-split shares at 100: the same 1,000.
        Assert.That(result.Trades.Single().Quantity, Is.EqualTo(10).Within(1e-12));
        Assert.That(result.Trades.Single().Price, Is.EqualTo(100));
    }
}
