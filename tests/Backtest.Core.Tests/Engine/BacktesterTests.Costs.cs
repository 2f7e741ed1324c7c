using Backtest.Core.Engine;
using Backtest.Core.Parameters;
using Backtest.Testing;

namespace Backtest.Core.Tests.Engine;

/// <summary>Borrow fees, dividends, commissions and slippage, each on its own with hand-computed amounts.</summary>
public partial class BacktesterTests
{
    [Test]
    public void Run_ShortOverAWeekend_AccruesThreeDaysOfBorrowOnMonday()
    {
        // Thursday, Friday, Monday, Tuesday; the price stays at 50.
        DateOnly[] dates = [new(2024, 1, 4), new(2024, 1, 5), new(2024, 1, 8), new(2024, 1, 9)];
        var panel = TestPanel.Flat("XYZ", dates, [50, 50, 50, 50]);
        EngineSettings settings = Costless.Settings(10_000) with { BorrowFee = new(0.36) };
        var strategy = new ScriptedStrategy(["XYZ"], Core.Strategies.Schedule.OnceAtStart, (_, book) => book.SetQuantity(0, -100));

        BacktestResult result = Backtester.Run(panel, strategy, settings);

        // Short value 100 x 50 = 5,000; one day's fee is 5,000 x 0.36 / 360 = 5.00.
        // Thursday: cash 10,000 + 5,000 proceeds = 15,000. Friday pays Thursday night: 1 day = 5.00.
        // Monday pays Friday, Saturday and Sunday nights: 3 days = 15.00. Tuesday: 5.00.
        double day = 5_000 * 0.36 / 360;
        Assert.That(day, Is.EqualTo(5.0).Within(1e-12));
        Assert.That(result.Cash[0], Is.EqualTo(15_000).Within(1e-9));
        Assert.That(result.Cash[0] - result.Cash[1], Is.EqualTo(1 * day).Within(1e-9));
        Assert.That(result.Cash[1] - result.Cash[2], Is.EqualTo(3 * day).Within(1e-9));
        Assert.That(result.Cash[2] - result.Cash[3], Is.EqualTo(1 * day).Within(1e-9));
        Assert.That(result.Costs.BorrowFees, Is.EqualTo(25.0).Within(1e-9));
    }

    [Test]
    public void Run_PerTickerBorrowFee_ChargesThatTickerItsOwnRate()
    {
        DateOnly[] dates = [new(2024, 1, 4), new(2024, 1, 5)];
        var panel = TestPanel.Of(["AAA", "BBB"], dates, [[50, 50], [50, 50]], [[50, 50], [50, 50]]);
        EngineSettings settings = Costless.Settings(10_000) with { BorrowFee = new TickerRates(0.036).With("BBB", 0.36) };
        var strategy = new ScriptedStrategy(["AAA", "BBB"], Core.Strategies.Schedule.OnceAtStart, (_, book) =>
        {
            book.SetQuantity(0, -100);
            book.SetQuantity(1, -100);
        });

        BacktestResult result = Backtester.Run(panel, strategy, settings);

        // One night on 5,000 each: AAA at 3.6% pays 0.50, BBB at 36% pays 5.00.
        Assert.That(result.Costs.BorrowFees, Is.EqualTo(0.5 + 5.0).Within(1e-9));
    }

    [TestCase(-100, 50.0, 0.0, TestName = "Run_ShortOnTheExDate_PaysTheDividend")]
    [TestCase(100, 0.0, 50.0, TestName = "Run_LongOnTheExDate_ReceivesTheDividend")]
    public void Run_PositionHeldIntoTheExDate_SettlesTheDividend(double quantity, double paid, double received)
    {
        var panel = TestPanel.Flat("XYZ", TestPanel.Weekdays(Monday, 3), [50, 50, 50], dividends: [0, 0.5, 0]);
        var strategy = new ScriptedStrategy(["XYZ"], Core.Strategies.Schedule.OnceAtStart, (_, book) => book.SetQuantity(0, quantity));

        BacktestResult result = Backtester.Run(panel, strategy, Costless.Settings(10_000));

        // 100 shares x 0.50 = 50.00, paid by a short and received by a long on the ex-date (day 1).
        Assert.That(result.Cash[1] - result.Cash[0], Is.EqualTo(quantity * 0.5).Within(1e-9));
        Assert.That(result.Costs.DividendsPaid, Is.EqualTo(paid).Within(1e-9));
        Assert.That(result.Costs.DividendsReceived, Is.EqualTo(received).Within(1e-9));
    }

    [Test]
    public void Run_BoughtAtTheExDateOpen_GetsNoDividend()
    {
        var panel = TestPanel.Flat("XYZ", TestPanel.Weekdays(Monday, 3), [50, 50, 50], dividends: [0, 0.5, 0]);
        EngineSettings settings = Costless.Settings(10_000) with { Fill = FillTiming.Open };
        var strategy = new ScriptedStrategy(["XYZ"], Core.Strategies.Schedule.OnceAtStart, (_, book) => book.SetQuantity(0, 100));

        BacktestResult result = Backtester.Run(panel, strategy, settings);

        // Decided at Monday's close, bought at Tuesday's open: Tuesday is the ex-date, so the buyer is not entitled.
        Assert.That(result.Trades[0].Day, Is.EqualTo(1));
        Assert.That(result.Cash[^1], Is.EqualTo(10_000 - (100 * 50)).Within(1e-9));
        Assert.That(result.Costs.DividendsReceived, Is.Zero);
    }

    [Test]
    public void Run_SmallOrder_PaysTheMinimumCommission()
    {
        var panel = TestPanel.Flat("XYZ", TestPanel.Weekdays(Monday, 2), [50, 50]);
        EngineSettings settings = Costless.Settings(10_000) with { CommissionPerShare = 0.005, CommissionMin = 1, CommissionMaxPct = 0.5 };
        var strategy = new ScriptedStrategy(["XYZ"], Core.Strategies.Schedule.OnceAtStart, (_, book) => book.SetQuantity(0, 100));

        BacktestResult result = Backtester.Run(panel, strategy, settings);

        // 100 shares x 0.005 = 0.50, below the 1.00 minimum; the cap is 0.5% of 5,000 = 25. Commission 1.00.
        Assert.That(result.Trades[0].Commission, Is.EqualTo(1.0).Within(1e-12));
        Assert.That(result.Cash[^1], Is.EqualTo(10_000 - 5_000 - 1.0).Within(1e-9));
    }

    [Test]
    public void Run_Slippage_FillsBuysHigherAndChargesTheDifference()
    {
        var panel = TestPanel.Flat("XYZ", TestPanel.Weekdays(Monday, 2), [50, 50]);
        EngineSettings settings = Costless.Settings(10_000) with { SlippageBps = 5 };
        var strategy = new ScriptedStrategy(["XYZ"], Core.Strategies.Schedule.OnceAtStart, (_, book) => book.SetQuantity(0, 100));

        BacktestResult result = Backtester.Run(panel, strategy, settings);

        // 5 bps of 50 is 0.025: the buy fills at 50.025 and slippage costs 100 x 0.025 = 2.50.
        Assert.That(result.Trades[0].Price, Is.EqualTo(50.025).Within(1e-12));
        Assert.That(result.Costs.Slippage, Is.EqualTo(2.5).Within(1e-9));
        Assert.That(result.Equity[^1], Is.EqualTo(10_000 - 2.5).Within(1e-9));
    }

    [Test]
    public void Run_OrderAboveTheLeverageCap_IsScaledDownAndLogged()
    {
        var panel = TestPanel.Flat("XYZ", TestPanel.Weekdays(Monday, 2), [100, 100]);

        BacktestResult result = Backtester.Run(panel, ScriptedStrategy.Weights(["XYZ"], [-3.0]), Costless.Settings(10_000));

        // A -300% short of 10,000 is 300 shares; the 2x cap allows 20,000 / 100 = 200.
        Assert.That(result.Quantity(0, 0), Is.EqualTo(-200).Within(1e-9));
        Assert.That(result.Events.Select(e => e.Kind), Does.Contain(RunEventKind.LeverageCapped));
    }
}
