using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Metrics;
using Backtest.Testing;

namespace Backtest.Core.Tests.Metrics;

/// <summary>The metrics of whole runs: a costless short measured by hand, and the cost split of <see cref="CostfulRun"/>.</summary>
/// <remarks>Tolerances: 1e-12 for ratios; 1e-9 for money (thousands, so about 1e-13 of the amount); 1e-12 relative for CAGR and Calmar (63rd powers).</remarks>
[TestFixture]
public class RunMetricsTests
{
    // A -1 weight short of XYZ at the first close, costless, capital 10,000: 100 shares at 100, so cash is 20,000
    // and equity is 20,000 - 100 x close. Closes 100, 90, 95.50, 85.05 give equity 10,000, 11,000, 10,450, 11,495:
    // daily returns 0 (the first, from the capital), +10%, -5%, +10%.
    private static readonly DateOnly[] ShortDates = TestPanel.Weekdays(new(2024, 1, 1), 4);
    private static readonly double[] ShortCloses = [100, 90, 95.5, 85.05];

    private static BacktestResult ShortRun() =>
        Backtester.Run(TestPanel.Flat("XYZ", ShortDates, ShortCloses), ScriptedStrategy.Weights(["XYZ"], [-1.0]), Costless.Settings(10_000));

    [Test]
    public void Compute_ShortOnlyRun_EquityGainsWhatThePriceLoses()
    {
        BacktestResult result = ShortRun();

        Assert.That(result.Equity, Is.EqualTo(new[] { 10_000, 11_000, 10_450, 11_495 }).Within(1e-9));
    }

    [Test]
    public void Compute_ShortOnlyRun_ReturnsAndRiskOfItsEquity()
    {
        RunMetrics m = RunMetrics.Compute(ShortRun(), null);

        // r = 0, +0.10, -0.05, +0.10: mean 0.15 / 4 = 0.0375; deviations -0.0375, +0.0625, -0.0875, +0.0625;
        // squares 0.00140625 + 0.00390625 + 0.00765625 + 0.00390625 = 0.016875; / 3 = 0.005625; std 0.075.
        double mean = (0 + 0.10 + -0.05 + 0.10) / 4;
        double sd = Math.Sqrt(((0.0375 * 0.0375) + (0.0625 * 0.0625) + (0.0875 * 0.0875) + (0.0625 * 0.0625)) / 3);
        // Shortfalls 0, 0, -0.05, 0: downside deviation sqrt(0.0025 / 4) = 0.025.
        double downside = Math.Sqrt(0.05 * 0.05 / 4);
        // 11,495 / 10,000 = 1.1495 over 4 days.
        double cagr = Math.Pow(1.1495, 252.0 / 4) - 1;
        ReturnMetrics s = m.Strategy;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(s.TotalReturn, Is.EqualTo(0.1495).Within(1e-12));
            Assert.That(s.Cagr, Is.EqualTo(cagr).Within(1e-10).Percent);
            Assert.That(s.Volatility, Is.EqualTo(0.075 * Math.Sqrt(252)).Within(1e-12));
            Assert.That(s.Volatility, Is.EqualTo(sd * Math.Sqrt(252)).Within(1e-12));
            Assert.That(s.Sharpe, Is.EqualTo(mean / sd * Math.Sqrt(252)).Within(1e-12));
            Assert.That(s.Sortino, Is.EqualTo(252 * mean / (downside * Math.Sqrt(252))).Within(1e-12));
            // 10,450 / 11,000 - 1 = -5%, recovered by 11,495.
            Assert.That(s.MaxDrawdown, Is.EqualTo(-0.05).Within(1e-12));
            Assert.That(s.Calmar, Is.EqualTo(cagr / 0.05).Within(1e-10).Percent);
            Assert.That(s.LongestDrawdownDays, Is.EqualTo(1));
            Assert.That(s.UnderwaterDays, Is.Zero);
            Assert.That(s.WorstDay, Is.EqualTo(-0.05).Within(1e-12));
            // One month, January: 11,495 / 10,000 - 1.
            Assert.That(s.WorstMonth, Is.EqualTo(0.1495).Within(1e-12));
            Assert.That(s.PositiveMonths, Is.EqualTo(1));
            Assert.That(s.Days, Is.EqualTo(4));
        }
    }

    [Test]
    public void Compute_ShortOnlyRun_ShortExposureIsNegativeAndGrossIsOneOnTheEntryDay()
    {
        RunMetrics m = RunMetrics.Compute(ShortRun(), null);

        // Short value / equity: -10,000 / 10,000 = -1 (entry day); -9,000 / 11,000; -9,550 / 10,450; -8,505 / 11,495.
        // The price never rises above the entry, so the entry day's gross of 1 is the largest.
        double shortShare = ((-10_000.0 / 10_000) + (-9_000.0 / 11_000) + (-9_550.0 / 10_450) + (-8_505.0 / 11_495)) / 4;
        ExposureMetrics e = m.Exposure;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(e.AverageShort, Is.EqualTo(shortShare).Within(1e-12));
            Assert.That(e.AverageShort, Is.Negative);
            Assert.That(e.AverageLong, Is.Zero);
            Assert.That(e.AverageNet, Is.EqualTo(shortShare).Within(1e-12));
            Assert.That(e.AverageGross, Is.EqualTo(-shortShare).Within(1e-12));
            Assert.That(e.MaxGross, Is.EqualTo(1).Within(1e-12));
            // One trade of 100 x 100 = 10,000 = the day's equity, on one day of four: 1 / 4 x 252 = 63.
            Assert.That(e.Turnover, Is.EqualTo(10_000.0 / 10_000 / 4 * 252).Within(1e-12));
        }
    }

    [Test]
    public void Compute_ShortAgainstItsOwnStock_BeatsTheBenchmarkByTwiceTheFall()
    {
        var series = new TickerSeries("XYZ", ShortDates, ShortCloses, ShortCloses, ShortCloses, ShortCloses, [1, 1, 1, 1], [], []);
        BenchmarkCurve benchmark = BenchmarkCurve.Build(series, ShortDates, 10_000);

        RunMetrics m = RunMetrics.Compute(ShortRun(), benchmark);

        // Holding XYZ: 85.05 / 100 - 1 = -14.95%; the short made +14.95%, so the excess is 29.9%.
        Assert.That(m.BenchmarkTicker, Is.EqualTo("XYZ"));
        Assert.That(m.Benchmark!.TotalReturn, Is.EqualTo(-0.1495).Within(1e-12));
        Assert.That(m.Relative!.ExcessReturn, Is.EqualTo(0.1495 - -0.1495).Within(1e-12));
    }

    [Test]
    public void Compute_CostfulRun_SplitsEachCostInMoneyAndInShareOfCapital()
    {
        RunMetrics m = RunMetrics.Compute(CostfulRun.Run(), null);

        // Costs reduce equity (negative), income adds to it (positive); each over the 10,000 of capital.
        // Commission 3 x 1.00; slippage 5.00 + 5.00 + 5.50; borrow 5.00 + 4.80; BBB's dividend paid 50.00,
        // AAA's received 40.00; interest 0.9988 + 0.99339988; no rebate (no borrow data) and no margin loan (cash stays positive).
        string[] names = ["Commission", "Slippage", "Borrow fees", "Dividends paid", "Dividends received", "Cash interest", "Borrow rebate", "Margin interest"];
        double[] amounts = [-3.00, -(5.00 + 5.00 + 5.50), -(5.00 + 4.80), -50.00, 40.00, 0.9988 + 0.99339988, 0, 0];
        double[] ofCapital = [-3.00 / 10_000, -15.50 / 10_000, -9.80 / 10_000, -50.00 / 10_000, 40.00 / 10_000, 1.99219988 / 10_000, 0, 0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(m.CostSplit.Select(c => c.Name), Is.EqualTo(names));
            Assert.That(m.CostSplit.Select(c => c.Amount), Is.EqualTo(amounts).Within(1e-9));
            Assert.That(m.CostSplit.Select(c => c.OfCapital), Is.EqualTo(ofCapital).Within(1e-12));
        }
    }

    [Test]
    public void Compute_CostfulRun_TurnoverUsesTheFillValuesAndThatDaysEquity()
    {
        RunMetrics m = RunMetrics.Compute(CostfulRun.Run(), null);

        // Monday traded 5,005.00 + 4,995.00 = 10,000 against equity 9,988; Tuesday nothing;
        // Wednesday 5,494.50 against 10,963.69219988. Mean over 3 days, x 252.
        double expected = ((10_000 / 9_988.0) + 0 + (5_494.50 / 10_963.69219988)) / 3 * 252;

        Assert.That(m.Exposure.Turnover, Is.EqualTo(expected).Within(1e-9));
    }

    [Test]
    public void Compute_CostfulRun_CarriesTheRunsFrame()
    {
        RunMetrics m = RunMetrics.Compute(CostfulRun.Run(), null, riskFreeAnnual: 0.02);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(m.FirstDay, Is.EqualTo(new DateOnly(2024, 1, 1)));
            Assert.That(m.LastDay, Is.EqualTo(new DateOnly(2024, 1, 3)));
            Assert.That(m.Capital, Is.EqualTo(10_000));
            Assert.That(m.FinalEquity, Is.EqualTo(10_963.69219988).Within(1e-9));
            Assert.That(m.Ruined, Is.False);
            Assert.That(m.RiskFreeRate, Is.EqualTo(0.02));
            Assert.That(m.Trades, Is.EqualTo(3));
            Assert.That(m.Tickers.Select(t => t.Ticker), Is.EqualTo(new[] { "AAA", "BBB" }));
            Assert.That(m.BenchmarkTicker, Is.Null);
            Assert.That(m.Benchmark, Is.Null);
            Assert.That(m.Relative, Is.Null);
        }
    }
}
