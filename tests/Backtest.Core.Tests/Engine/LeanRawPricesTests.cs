using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Runs;
using Backtest.Core.Strategies;
using Backtest.Testing;

namespace Backtest.Core.Tests.Engine;

/// <summary>
/// Raw LEAN prices with the splits of their factor file give the equity curve of the split-adjusted CSV they were
/// made from, for a short held through NVDA's 10-for-1 of 2024-06-10.
/// </summary>
[TestFixture]
[Category("RealData")]
public class LeanRawPricesTests
{
    private static readonly DateOnly From = new(2024, 1, 2), To = new(2024, 12, 31);

    // Per-share commissions would differ (ten times the shares before the split), so they are off; slippage and
    // borrow are proportional to value and stay on.
    private static readonly EngineSettings Settings = new()
    {
        Capital = 1_000_000, Fill = FillTiming.Open, Fractional = true, CommissionPerShare = 0, CommissionMin = 0,
        CommissionMaxPct = 0, SlippageBps = 5, BorrowFee = new(0.02),
    };

    [TestCase(Frequency.None, TestName = "Run_LeanRawShortHeldThroughNvdaSplit_EqualsTheCsvRun")]
    [TestCase(Frequency.Monthly, TestName = "Run_LeanRawShortRebalancedThroughNvdaSplit_EqualsTheCsvRun")]
    public void Run_LeanRawShortThroughNvdaSplit_EquityCurveOfTheAdjustedCsv(Frequency rebalance)
    {
        TestPaths.RequireSharedData();
        string lean = KnownSplits.LeanCopy(TestPaths.YahooDaily, "NVDA");
        TickerSeries csv = new CsvFolderSource(TestPaths.YahooDaily).Load("NVDA");
        TickerSeries raw = new LeanFolderSource(lean, PriceAdjustment.Raw).Load("NVDA");
        TickerSeries adjusted = new LeanFolderSource(lean, PriceAdjustment.Adjusted).Load("NVDA");

        BacktestResult fromCsv = Run(PricePanelBuilder.Build([csv], From, To), rebalance);
        BacktestResult fromRaw = Run(PricePanelBuilder.Build([raw], From, To, rawPrices: true), rebalance);
        BacktestResult fromAdjusted = Run(PricePanelBuilder.Build([adjusted], From, To), rebalance);

        Assert.That(fromRaw.DayCount, Is.EqualTo(fromCsv.DayCount));
        Assert.That(fromRaw.Events.Count(e => e.Kind == RunEventKind.Split), Is.EqualTo(1));
        for (int t = 0; t < fromCsv.DayCount; t++)
        {
            // Raw against adjusted LEAN prices: the same numbers scaled, so equal to float noise. Against the CSV:
            // LEAN's 1/10,000-dollar rounding moves a price by at most 4e-7 of itself here.
            Assert.That(fromRaw.Equity[t], Is.EqualTo(fromAdjusted.Equity[t]).Within(1e-9).Percent, $"raw against adjusted LEAN on {fromCsv.Date(t)}");
            Assert.That(fromRaw.Equity[t], Is.EqualTo(fromCsv.Equity[t]).Within(1e-4).Percent, $"raw LEAN against the CSV on {fromCsv.Date(t)}");
        }

        // A 4-cent dividend read back through 7-decimal price factors on a $900 close is good to about 1e-4 dollars.
        Assert.That(fromRaw.Costs.DividendsPaid, Is.EqualTo(fromCsv.Costs.DividendsPaid).Within(0.5).Percent);
        Assert.That(fromRaw.Costs.DividendsPaid, Is.EqualTo(fromAdjusted.Costs.DividendsPaid).Within(1e-9).Percent);
        Assert.That(fromRaw.Costs.BorrowFees, Is.EqualTo(fromCsv.Costs.BorrowFees).Within(1e-4).Percent);
    }

    private static BacktestResult Run(PricePanel panel, Frequency rebalance) =>
        Backtester.Run(panel, ScriptedStrategy.Weights(["NVDA"], [-0.8], new Schedule(rebalance)), Settings);
}
