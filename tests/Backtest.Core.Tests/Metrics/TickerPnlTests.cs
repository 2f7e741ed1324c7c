using Backtest.Core.Engine;
using Backtest.Core.Metrics;
using Backtest.Testing;

namespace Backtest.Core.Tests.Metrics;

/// <summary>Each ticker's P&amp;L on hand-made runs; the amounts of <see cref="CostfulRun"/> are worked out in its remarks.</summary>
/// <remarks>Money is compared within 1e-9 (amounts in thousands, so about 1e-13 of them); commissions, exact, within 1e-12.</remarks>
[TestFixture]
public class TickerPnlTests
{
    [Test]
    public void From_CostfulRun_TickersPlusCashInterestAddUpToTheRunsGain()
    {
        BacktestResult result = CostfulRun.Run();

        TickerPnl[] pnl = TickerPnl.From(result);

        // 527.50 (AAA) + 434.20 (BBB) + 1.99219988 interest = 963.69219988 = 10,963.69219988 - 10,000.
        Assert.That(pnl[0].Pnl + pnl[1].Pnl + result.Costs.CashInterest, Is.EqualTo(result.Equity[^1] - CostfulRun.Capital).Within(1e-9));
        Assert.That(result.Equity[^1] - CostfulRun.Capital, Is.EqualTo(963.69219988).Within(1e-9));
    }

    [Test]
    public void From_CostfulRun_ShortTickerPaysItsDividendBorrowAndCommission()
    {
        TickerPnl bbb = TickerPnl.From(CostfulRun.Run())[1];

        // Shorted 100 at 49.95 (4,995.00 in), still open at 45 (4,500.00 to buy back): +495.00 on the price,
        // less 1.00 commission, 50.00 dividend paid and 5.00 + 4.80 borrow: 495 - 1 - 50 - 9.80 = 434.20.
        // Its 5.00 of slippage is already inside the 49.95 fill.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(bbb.Ticker, Is.EqualTo("BBB"));
            Assert.That(bbb.Pnl, Is.EqualTo((100 * 49.95) - (100 * 45) - 1 - 50 - (5.00 + 4.80)).Within(1e-9));
            Assert.That(bbb.Pnl, Is.EqualTo(434.20).Within(1e-9));
            Assert.That(bbb.Trades, Is.EqualTo(1));
            Assert.That(bbb.Commission, Is.EqualTo(1.00).Within(1e-12));
            Assert.That(bbb.Slippage, Is.EqualTo(100 * 0.05).Within(1e-9));
            Assert.That(bbb.BorrowFees, Is.EqualTo(5.00 + 4.80).Within(1e-9));
            Assert.That(bbb.Dividends, Is.EqualTo(-50.00).Within(1e-12));
        }
    }

    [Test]
    public void From_CostfulRun_ClosedLongKeepsItsRoundTripAndDividend()
    {
        TickerPnl aaa = TickerPnl.From(CostfulRun.Run())[0];

        // Bought 50 at 100.10, sold at 109.89: 50 x 9.79 = 489.50, less two 1.00 commissions, plus the 40.00 dividend = 527.50.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(aaa.Pnl, Is.EqualTo((50 * (109.89 - 100.10)) - 2 + 40).Within(1e-9));
            Assert.That(aaa.Trades, Is.EqualTo(2));
            Assert.That(aaa.Commission, Is.EqualTo(2.00).Within(1e-12));
            Assert.That(aaa.Slippage, Is.EqualTo((50 * 0.10) + (50 * 0.11)).Within(1e-9));
            Assert.That(aaa.BorrowFees, Is.Zero);
            Assert.That(aaa.Dividends, Is.EqualTo(40.00).Within(1e-12));
        }
    }

    [Test]
    public void From_UntradedTicker_HasNothing()
    {
        DateOnly[] dates = TestPanel.Weekdays(new(2024, 1, 1), 2);
        var panel = TestPanel.Of(["AAA", "BBB"], dates, [[10, 12], [20, 30]], [[10, 12], [20, 30]]);

        BacktestResult result = Backtester.Run(panel, ScriptedStrategy.Weights(["AAA", "BBB"], [1.0, 0]), Costless.Settings(1_000));
        TickerPnl[] pnl = TickerPnl.From(result);

        // AAA: 100 shares x (12 - 10) = 200. BBB was never held, however far it rose.
        Assert.That(pnl[0].Pnl, Is.EqualTo(200).Within(1e-9));
        Assert.That(pnl[1], Is.EqualTo(new TickerPnl("BBB", 0, 0, 0, 0, 0, 0)));
    }
}
