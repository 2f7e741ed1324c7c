using Backtest.Core.Costs;
using Backtest.Core.Engine;
using Backtest.Core.Strategies;
using Backtest.Testing;

namespace Backtest.Core.Tests.Engine;

/// <summary>A run whose account stops being a finite number stops with an input error naming the day, never with infinities in its results.</summary>
public partial class BacktesterTests
{
    [Test]
    public void Run_CostModelThatOverflowsOnAFill_StopsNamingTheDay()
    {
        var panel = TestPanel.Flat("XYZ", TestPanel.Weekdays(Monday, 3), [10, 11, 12]);
        EngineSettings settings = Costless.Settings(10_000);
        var strategy = new ScriptedStrategy(["XYZ"], Schedule.OnceAtStart, (_, book) => book.SetQuantity(0, 100));
        CostModels models = CostModels.From(settings, panel) with { Fees = new OverflowingFee() };

        var error = Assert.Throws<InputException>(() => Backtester.Run(panel, strategy, settings, models));

        Assert.That(error!.Message, Does.StartWith("the account stopped being a finite number at the close of 2024-01-01 (equity -Infinity: cash -Infinity, longs 1000, shorts 0, options 0)"));
    }

    [Test]
    public void Run_BorrowRateThatOverflowsOnAQuietDay_StopsNamingTheDay()
    {
        // Shorted at Monday's open; Tuesday to Thursday are quiet days, and Tuesday's night of borrow overflows.
        var panel = TestPanel.Flat("XYZ", TestPanel.Weekdays(Monday, 4), [10, 10, 10, 10]);
        EngineSettings settings = Costless.Settings(10_000) with { Fill = FillTiming.Open, BorrowFee = new(0) };
        var strategy = new ScriptedStrategy(["XYZ"], Schedule.OnceAtStart, (_, book) => book.SetQuantity(0, -100));
        CostModels models = CostModels.From(settings, panel) with { Borrow = new ConstantBorrowFeeModel([double.MaxValue]) };

        var error = Assert.Throws<InputException>(() => Backtester.Run(panel, strategy, settings, models));

        Assert.That(error!.Message, Does.StartWith("the account stopped being a finite number at the close of 2024-01-03"));
    }

    private sealed class OverflowingFee : IFeeModel
    {
        public double Commission(in TradeInfo trade, double fillPrice) => double.PositiveInfinity;
    }
}
