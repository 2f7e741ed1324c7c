using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Strategies;
using Backtest.Testing;

namespace Backtest.Core.Tests.Strategies;

/// <summary>The shipped strategies do what their descriptions say, on hand-made prices.</summary>
[TestFixture]
public class ShippedStrategyTests
{
    [Test]
    public void Burry13F2025_ShortsPltrAndNvdaIn13FProportionsAtTheShortAllocation()
    {
        DateOnly[] dates = TestPanel.Weekdays(new DateOnly(2025, 9, 29), 4);
        var panel = TestPanel.Of(["PLTR", "NVDA"], dates, [[100, 100, 100, 100], [200, 200, 200, 200]], [[100, 100, 100, 100], [200, 200, 200, 200]]);
        var strategy = new Burry13F2025 { ShortAllocation = 0.6, EntryDate = dates[1] };

        BacktestResult result = Backtester.Run(panel, strategy, Costless.Settings(1_000_000));

        // PLTR's share is 912.1 / (912.1 + 186.58) = 0.830178...; at 0.6 of 1,000,000: PLTR -498,107 and NVDA -101,893.
        double pltrShare = 912.1 / (912.1 + 186.58);
        Assert.That(result.Quantity(0, 0), Is.Zero, "nothing before the entry date");
        Assert.That(result.Quantity(0, 1) * 100, Is.EqualTo(-0.6 * pltrShare * 1_000_000).Within(1e-6));
        Assert.That(result.Quantity(1, 1) * 200, Is.EqualTo(-0.6 * (1 - pltrShare) * 1_000_000).Within(1e-6));
        Assert.That(result.Trades, Has.Count.EqualTo(2), "no rebalancing by default");
    }

    [Test]
    public void AiBasketShort_TickerListingLater_JoinsAtTheFirstRebalanceAfterItsListing()
    {
        var source = new CsvFolderSource(Path.Combine(AppContext.BaseDirectory, "Fixtures", "listing"));
        PricePanel panel = PricePanelBuilder.Build([source.Load("PLTR"), source.Load("SPY")], from: new DateOnly(2020, 9, 24));
        var strategy = new AiBasketShort { Basket = ["PLTR"], Hedge = "SPY", HedgeRatio = 1, Rebalance = Core.Strategies.Frequency.Daily };

        BacktestResult result = Backtester.Run(panel, strategy, Costless.Settings(100_000) with { Fill = FillTiming.Open });

        // Until PLTR lists there is nothing to short, so the hedge (1 x the short) is zero too.
        Assert.That(result.Trades.Where(t => result.Date(t.Day) <= new DateOnly(2020, 9, 30)), Is.Empty);
        Assert.That(result.Trades.Where(t => t.Instrument == 0).Select(t => result.Date(t.Day)).Min(), Is.EqualTo(new DateOnly(2020, 10, 1)));
        Assert.That(result.Quantity(0, result.DayCount - 1), Is.LessThan(0));
        Assert.That(result.Quantity(1, result.DayCount - 1), Is.GreaterThan(0));
    }

    [Test]
    public void PairMsftNvda_Default_IsDollarNeutral()
    {
        DateOnly[] dates = TestPanel.Weekdays(new DateOnly(2024, 1, 1), 2);
        var panel = TestPanel.Of(["MSFT", "NVDA"], dates, [[400, 400], [50, 50]], [[400, 400], [50, 50]]);

        BacktestResult result = Backtester.Run(panel, new PairMsftNvda(), Costless.Settings(100_000));

        // Long 50,000 of MSFT (125 shares), short 50,000 of NVDA (1,000 shares): net exposure zero.
        Assert.That(result.Quantity(0, 0), Is.EqualTo(125).Within(1e-9));
        Assert.That(result.Quantity(1, 0), Is.EqualTo(-1_000).Within(1e-9));
        Assert.That(result.LongValue[0] + result.ShortValue[0], Is.Zero.Within(1e-9));
    }
}
