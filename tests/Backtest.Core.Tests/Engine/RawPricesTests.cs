using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Strategies;
using Backtest.Testing;

namespace Backtest.Core.Tests.Engine;

/// <summary>Raw (as traded) prices with a splits table give the same run as split-adjusted prices, as in LEAN's raw mode.</summary>
[TestFixture]
[Category("RealData")]
public class RawPricesTests
{
    // NVDA's splits, folded into the shared (split-adjusted) data: 4-for-1 on 2021-07-20 and 10-for-1 on 2024-06-10.
    private static readonly Split[] NvdaSplits = [new(new DateOnly(2021, 7, 20), 4), new(new DateOnly(2024, 6, 10), 10)];

    [TestCase(Frequency.None, TestName = "Run_ShortHeldThroughNvdaSplit_RawEqualsAdjusted")]
    [TestCase(Frequency.Monthly, TestName = "Run_ShortRebalancedThroughNvdaSplit_RawEqualsAdjusted")]
    public void Run_ShortThroughNvdaSplit_RawPricesGiveTheAdjustedEquityCurve(Frequency rebalance)
    {
        TestPaths.RequireSharedData();
        TickerSeries adjusted = new CsvFolderSource(TestPaths.YahooDaily).Load("NVDA");
        TickerSeries raw = AsTraded(adjusted, NvdaSplits);
        DateOnly from = new(2024, 1, 2), to = new(2024, 12, 31);
        PricePanel adjustedPanel = PricePanelBuilder.Build([adjusted], from, to);
        PricePanel rawPanel = PricePanelBuilder.Build([raw], from, to, rawPrices: true);

        // Per-share commissions would differ (ten times the shares before the split), so commission is a share of
        // value here; slippage and borrow are proportional to value and stay on.
        EngineSettings settings = new()
        {
            Capital = 1_000_000, Fill = FillTiming.Open, Fractional = true, CommissionPerShare = 0, CommissionMin = 0,
            CommissionMaxPct = 0, SlippageBps = 5, BorrowFee = new(0.02),
        };
        BacktestResult a = Backtester.Run(adjustedPanel, ScriptedStrategy.Weights(["NVDA"], [-0.8], new Schedule(rebalance)), settings);
        BacktestResult r = Backtester.Run(rawPanel, ScriptedStrategy.Weights(["NVDA"], [-0.8], new Schedule(rebalance)), settings);

        Assert.That(r.DayCount, Is.EqualTo(a.DayCount));
        int split = Array.IndexOf(rawPanel.Dates, new DateOnly(2024, 6, 10));
        for (int t = 0; t < a.DayCount; t++)
        {
            Assert.That(r.Equity[t], Is.EqualTo(a.Equity[t]).Within(1e-9).Percent, $"equity on {a.Date(t)}");
            double factor = t < split ? 10 : 1;
            Assert.That(r.Quantity(0, t) * factor, Is.EqualTo(a.Quantity(0, t)).Within(1e-9).Percent, $"shares on {a.Date(t)}");
        }

        Assert.That(r.Events.Count(e => e.Kind == RunEventKind.Split), Is.EqualTo(1));
        Assert.That(r.Costs.BorrowFees, Is.EqualTo(a.Costs.BorrowFees).Within(1e-9).Percent);
        Assert.That(r.Costs.DividendsPaid, Is.EqualTo(a.Costs.DividendsPaid).Within(1e-9).Percent);
    }

    // Undo the split adjustment: before each split, prices (and dividends) are that many times higher.
    private static TickerSeries AsTraded(TickerSeries adjusted, Split[] splits)
    {
        double Factor(DateOnly date) => splits.Where(s => s.Date > date).Aggregate(1.0, (f, s) => f * s.Ratio);
        double[] Scale(double[] values) => [.. values.Select((v, k) => v * Factor(adjusted.Dates[k]))];
        Dividend[] dividends = [.. adjusted.Dividends.Select(d => d with { Amount = d.Amount * Factor(d.ExDate) })];
        return new TickerSeries(
            adjusted.Ticker, adjusted.Dates, Scale(adjusted.Open), Scale(adjusted.High), Scale(adjusted.Low), Scale(adjusted.Close),
            [.. adjusted.Volume.Select((v, k) => v / Factor(adjusted.Dates[k]))], dividends, adjusted.Files, splits);
    }
}
