using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Options;
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

    [Test]
    public void BurryPuts2025_Notional_BuysThe13FMixOfPutsAtTheAllocation()
    {
        DateOnly[] dates = TestPanel.Weekdays(new DateOnly(2025, 9, 29), 5);
        var panel = TestPanel.Of(["PLTR", "NVDA"], dates, [[100, 100, 100, 100, 100], [200, 200, 200, 200, 200]], [[100, 100, 100, 100, 100], [200, 200, 200, 200, 200]]);
        var strategy = new BurryPuts2025 { EntryDate = dates[1] };

        BacktestResult result = Backtester.Run(panel, strategy, Costless.Settings(1_000_000));

        // Notional 0.8 x 1,000,000 split 912.1 : 186.58: PLTR 664,142 / (100 x 100) = 66.4 -> 66 contracts,
        // NVDA 135,858 / (100 x 200) = 6.8 -> 6 contracts, of the disclosed PLTR 50 put and the NVDA 50 put, Jan 2027.
        Assert.That(result.Options.Select(o => o.Contract.Name), Is.EqualTo(new[] { "PLTR 2027-01-15 P 50", "NVDA 2027-01-15 P 50" }));
        Assert.That(result.Trades.Select(t => t.Quantity), Is.EqualTo(new[] { 66.0, 6.0 }));
        Assert.That(result.Trades.All(t => t.Day == 1), Is.True);

        // The PLTR leg is anchored: marked at 1.84 at the entry close; NVDA's at the 0.54 the strategy gives it.
        Assert.That(result.Options[0].Mark(1), Is.EqualTo(1.84).Within(1e-8));
        Assert.That(result.Options[1].Volatility(1), Is.EqualTo(0.54));
        Assert.That(result.Quantity(0, 4), Is.Zero, "no stock is shorted");
    }

    [Test]
    public void BurryPuts2025_PremiumSizing_SpendsTheBudgetInThe13FMix()
    {
        DateOnly[] dates = TestPanel.Weekdays(new DateOnly(2025, 9, 29), 3);
        var panel = TestPanel.Of(["PLTR", "NVDA"], dates, [[100, 100, 100], [200, 200, 200]], [[100, 100, 100], [200, 200, 200]]);
        var strategy = new BurryPuts2025 { EntryDate = dates[0], Sizing = PutSizing.Premium, PremiumBudget = 0.01 };

        EngineSettings settings = Costless.Settings(10_000_000);
        var costless = new OptionSettings { OptionSpread = 0, OptionCommission = 0, OptionCommissionMin = 0 };

        BacktestResult result = Backtester.Run(panel, strategy, settings, CostModels.From(settings, panel, costless));

        // 1% of 10,000,000 = 100,000 of premium at the model price (a spread would come on top, as slippage on shares), less at most one contract of each leg lost to whole contracts.
        double spent = result.Trades.Sum(t => t.Value);
        double oneOfEach = 100 * (result.Trades[0].Price + result.Trades[1].Price);
        Assert.That(spent, Is.InRange(100_000 - oneOfEach, 100_000));
        // Contracts keep the 13F's notional mix: PLTR/NVDA = (912.1 / 100) / (186.58 / 200) = 9.78.
        Assert.That(result.Trades[0].Quantity / result.Trades[1].Quantity, Is.EqualTo(9.78).Within(0.1));
    }

    [Test]
    public void PutProtection_AYearOfFlatPrices_RollsEachPutThirtyDaysBeforeExpiryAtTheBudget()
    {
        DateOnly[] dates = TestPanel.Weekdays(new DateOnly(2024, 1, 2), 262);
        double[] flat = Enumerable.Repeat(100.0, dates.Length).ToArray();
        var panel = TestPanel.Of(["AAA"], dates, [flat], [flat]);
        var strategy = new PutProtection { Basket = ["AAA"], Moneyness = 0.8, TenorMonths = 3, RollDays = 30, Budget = 0.04 };
        var options = new OptionSettings { VolModel = VolatilityModel.Fixed, Vol = new(0.4), OptionSpread = 0, OptionCommission = 0, OptionCommissionMin = 0 };
        EngineSettings settings = Costless.Settings(10_000_000);

        BacktestResult result = Backtester.Run(panel, strategy, settings, CostModels.From(settings, panel, options), new OptionMarks(panel, options));

        // Strike 80 (0.8 x 100), expiries on third Fridays three months out; each sold on the first close 30 days or
        // less before its expiry, when the next is bought.
        Assert.That(result.Options.Select(o => o.Contract.Strike).Distinct(), Is.EqualTo(new[] { 80.0 }));
        Assert.That(result.Options.All(o => o.Contract.Expiry.DayOfWeek == DayOfWeek.Friday), Is.True);
        Assert.That(result.Options[0].Contract.Expiry, Is.EqualTo(new DateOnly(2024, 4, 19)));
        foreach (Trade sale in result.Trades.Where(t => t.Quantity < 0))
        {
            int daysLeft = result.Options[sale.Instrument - 1].Contract.Expiry.DayNumber - result.Date(sale.Day).DayNumber;
            Assert.That(daysLeft, Is.InRange(28, 30), $"sold {result.Date(sale.Day)}");
        }

        // The premium bought over the year is about the 4% budget: each put's share is 4% x (days held / 365).
        double bought = result.Trades.Where(t => t.Quantity > 0).Sum(t => t.Value);
        Assert.That(bought / 10_000_000, Is.EqualTo(0.04).Within(0.008));
    }
}
