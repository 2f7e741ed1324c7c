using Backtest.Core.Engine;
using Backtest.Testing;

namespace Backtest.Core.Tests.Engine;

/// <summary>Hand-computed returns of the plainest positions, with every cost off.</summary>
[TestFixture]
public partial class BacktesterTests
{
    private static readonly DateOnly Monday = new(2024, 1, 1);

    [Test]
    public void Run_BuyAndHoldWithoutCosts_EquityFollowsThePriceRatio()
    {
        double[] closes = [100, 110, 99, 120];
        var panel = TestPanel.Flat("XYZ", TestPanel.Weekdays(Monday, 4), closes);

        BacktestResult result = Backtester.Run(panel, ScriptedStrategy.Weights(["XYZ"], [1.0]), Costless.Settings(10_000));

        // Bought at the first close: 10,000 / 100 = 100 shares; equity is 100 x close every day.
        for (int t = 0; t < closes.Length; t++)
        {
            Assert.That(result.Equity[t], Is.EqualTo(10_000 * closes[t] / 100).Within(1e-9));
        }

        Assert.That(result.Equity[^1] / 10_000, Is.EqualTo(120.0 / 100.0).Within(1e-12));
    }

    [Test]
    public void Run_FillAtNextOpen_BuysAtTheOpenAfterTheDecisionClose()
    {
        var panel = TestPanel.Single("XYZ", TestPanel.Weekdays(Monday, 4), opens: [100, 105, 98, 118], closes: [100, 110, 99, 120]);
        EngineSettings settings = Costless.Settings(10_000) with { Fill = FillTiming.Open, Fractional = false };

        BacktestResult result = Backtester.Run(panel, ScriptedStrategy.Weights(["XYZ"], [1.0]), settings);

        // Decided at Monday's close (100): 10,000 / 100 = 100 shares, bought at Tuesday's open 105.
        // Cash 10,000 - 100 x 105 = -500; Thursday's equity -500 + 100 x 120 = 11,500.
        Assert.That(result.Trades, Has.Count.EqualTo(1));
        Assert.That(result.Trades[0].Day, Is.EqualTo(1));
        Assert.That(result.Trades[0].Price, Is.EqualTo(105));
        Assert.That(result.Equity[0], Is.EqualTo(10_000));
        Assert.That(result.Cash[^1], Is.EqualTo(-500).Within(1e-9));
        Assert.That(result.Equity[^1], Is.EqualTo(11_500).Within(1e-9));
    }

    [Test]
    public void Run_FullShortWithoutCosts_LosesExactlyThePriceRise()
    {
        var panel = TestPanel.Flat("XYZ", TestPanel.Weekdays(Monday, 3), [100, 115, 130]);

        BacktestResult result = Backtester.Run(panel, ScriptedStrategy.Weights(["XYZ"], [-1.0]), Costless.Settings(10_000));

        // Short 10,000 / 100 = 100 shares at 100: the proceeds make cash 20,000. At 130 the short is worth -13,000,
        // so equity is 7,000: the 10,000 less 100 shares x the 30 rise.
        Assert.That(result.Quantity(0, 2), Is.EqualTo(-100).Within(1e-9));
        Assert.That(result.Cash[^1], Is.EqualTo(20_000).Within(1e-9));
        Assert.That(result.Equity[^1], Is.EqualTo(10_000 - (100 * (130 - 100))).Within(1e-9));
    }

    [Test]
    public void Run_StrategySeesOnlyDataUpToItsDecisionClose()
    {
        double[] closes = [10, 11, 12, 13, 14];
        var panel = TestPanel.Flat("XYZ", TestPanel.Weekdays(Monday, 5), closes);
        var seen = new List<(int Day, int Length, double Last)>();
        var strategy = new ScriptedStrategy(["XYZ"], new(Core.Strategies.Frequency.Daily), (context, _) =>
            seen.Add((context.Day, context.Closes(0).Length, context.Closes(0)[^1])));

        Backtester.Run(panel, strategy, Costless.Settings());

        // With fill=close every day decides; day t sees t + 1 closes, the last being its own.
        Assert.That(seen, Has.Count.EqualTo(5));
        foreach ((int day, int length, double last) in seen)
        {
            Assert.That(length, Is.EqualTo(day + 1));
            Assert.That(last, Is.EqualTo(closes[day]));
        }
    }
}
