using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Options;
using Backtest.Core.Options.Pricing;
using Backtest.Core.Strategies;
using Backtest.Testing;

namespace Backtest.Core.Tests.Engine;

/// <summary>Option contracts through the engine: bought, marked, settled, with hand-computed cash.</summary>
public partial class BacktesterTests
{
    // Monday 2024-01-08 to Friday 2024-01-12: the put expires at Friday's close.
    private static readonly DateOnly[] ExpiryWeek = TestPanel.Weekdays(new DateOnly(2024, 1, 8), 5);
    private static readonly DateOnly Friday = new(2024, 1, 12);
    private static readonly OptionContract WeeklyPut = new("XYZ", OptionRight.Put, 95, Friday, OptionStyle.European);

    private static OptionSettings FixedVol(double spread = 0, double commission = 0, double minimum = 0) => new()
    {
        VolModel = VolatilityModel.Fixed,
        Vol = new(0.5),
        OptionRate = 0.04,
        OptionSpread = spread,
        OptionCommission = commission,
        OptionCommissionMin = minimum,
    };

    private static BacktestResult RunOptions(PricePanel panel, EngineSettings settings, OptionSettings options, Action<DecisionContext, TargetBook> decide, Schedule? schedule = null) =>
        Backtester.Run(
            panel,
            new ScriptedStrategy([.. panel.Tickers], schedule ?? Schedule.OnceAtStart, decide),
            settings,
            CostModels.From(settings, panel, options),
            new OptionMarks(panel, options));

    private static double PutMark(double spot, int daysToExpiry) =>
        BlackScholes.Price(OptionRight.Put, new OptionInputs(spot, 95, daysToExpiry / 365.0, 0.04, 0, 0.5));

    [Test]
    public void Run_PutExpiringInTheMoney_PaysTheIntrinsicValueLessTheStatedCosts()
    {
        var panel = TestPanel.Flat("XYZ", ExpiryWeek, [100, 98, 95, 92, 90]);
        EngineSettings settings = Costless.Settings(10_000) with { SlippageBps = 10, CommissionPerShare = 0.005, CommissionMin = 1, CommissionMaxPct = 0.5 };
        OptionSettings options = FixedVol(spread: 0.10, commission: 0.65, minimum: 1);

        BacktestResult result = RunOptions(panel, settings, options, (context, book) => book.SetQuantity(context.Option(WeeklyPut), 10));

        // Bought at Monday's close (fill=close): mark m0 = BSM put(100, 95, 4/365, 4%, 50%); the fill crosses half of a 10%
        // spread: m0 + 0.05 m0 (above the 0.01 tick); 10 contracts x 100 shares; commission 10 x 0.65 = 6.50.
        double m0 = PutMark(100, 4);
        double paid = 10 * 100 * (m0 * 1.05);
        Assert.That(m0, Is.GreaterThan(0.10), "premium in IB's top commission tier");
        Assert.That(result.Trades[0].Price, Is.EqualTo(m0 * 1.05).Within(1e-12));
        Assert.That(result.Cash[0], Is.EqualTo(10_000 - paid - 6.50).Within(1e-9));

        // Marked every close at the model: Wednesday (95, 2 days left).
        Assert.That(result.Equity[2], Is.EqualTo(result.Cash[2] + (10 * 100 * PutMark(95, 2))).Within(1e-9));

        // Friday: 5 in the money at 90. Exercise delivers 1,000 shares short at 95; they are bought back at the close at
        // 90 x 1.001 = 90.09 (10 bp): 0.09 a share = 90.00 of slippage, and 1,000 x 0.005 = 5.00 of commission.
        // Cash in: 1,000 x 5 - 90 - 5 = 4,905.
        Trade settle = result.Trades[^1];
        Assert.That(settle.Reason, Is.EqualTo(TradeReason.Exercise));
        Assert.That(settle.Quantity, Is.EqualTo(-10));
        Assert.That(settle.Slippage, Is.EqualTo(90).Within(1e-9));
        Assert.That(settle.Commission, Is.EqualTo(5).Within(1e-9));
        Assert.That(result.Cash[4] - result.Cash[3], Is.EqualTo(4_905).Within(1e-9));
        Assert.That(result.Equity[4], Is.EqualTo(10_000 - paid - 6.50 + 4_905).Within(1e-9));
        Assert.That(result.OptionValue[4], Is.Zero);
        Assert.That(result.Costs.Commission, Is.EqualTo(6.50 + 5).Within(1e-9));
        Assert.That(result.Costs.Slippage, Is.EqualTo((10 * 100 * m0 * 0.05) + 90).Within(1e-9));
    }

    [Test]
    public void Run_PutExpiringOutOfTheMoney_LosesExactlyThePremiumAndCosts()
    {
        var panel = TestPanel.Flat("XYZ", ExpiryWeek, [100, 101, 99, 102, 100]);
        EngineSettings settings = Costless.Settings(10_000) with { SlippageBps = 10, CommissionPerShare = 0.005, CommissionMin = 1 };
        OptionSettings options = FixedVol(spread: 0.10, commission: 0.65, minimum: 1);

        BacktestResult result = RunOptions(panel, settings, options, (context, book) => book.SetQuantity(context.Option(WeeklyPut), 3));

        // 3 contracts at m0 x 1.05; commission 3 x 0.65 = 1.95 (above the 1.00 minimum). At 100 the 95 put expires worthless.
        double m0 = PutMark(100, 4);
        double lost = (3 * 100 * m0 * 1.05) + 1.95;
        Assert.That(result.Trades[^1].Reason, Is.EqualTo(TradeReason.Expiry));
        Assert.That(result.Trades[^1].Price, Is.Zero);
        Assert.That(result.Equity[4], Is.EqualTo(10_000 - lost).Within(1e-9));
        Assert.That(result.Events.Count(e => e.Kind == RunEventKind.Expiry), Is.EqualTo(1));
    }

    [Test]
    public void Run_OneContract_PaysTheMinimumCommissionAndTheTick()
    {
        // A deep out-of-the-money put worth less than a cent: the spread is one 0.01 tick, the fill is mark + 0.005.
        var panel = TestPanel.Flat("XYZ", ExpiryWeek, [200, 200, 200, 200, 200]);
        OptionSettings options = FixedVol(spread: 0.05, commission: 0.65, minimum: 1);

        BacktestResult result = RunOptions(panel, Costless.Settings(10_000), options, (context, book) => book.SetQuantity(context.Option(WeeklyPut), 1));

        double m0 = PutMark(200, 4);
        Assert.That(m0, Is.LessThan(0.05));
        Assert.That(result.Trades[0].Price, Is.EqualTo(m0 + 0.005).Within(1e-12));
        // 1 contract below 0.05 is 0.25, lifted to the 1.00 minimum.
        Assert.That(result.Trades[0].Commission, Is.EqualTo(1.0));
    }

    [Test]
    public void Run_PutBoughtAtTheOpen_IsPricedOnTheOpeningSpot()
    {
        var panel = TestPanel.Single("XYZ", ExpiryWeek, opens: [100, 97, 95, 92, 90], closes: [100, 98, 95, 92, 90]);
        EngineSettings settings = Costless.Settings(10_000) with { Fill = FillTiming.Open };

        BacktestResult result = RunOptions(panel, settings, FixedVol(), (context, book) => book.SetQuantity(context.Option(WeeklyPut), 2));

        // Decided at Monday's close, bought at Tuesday's open: spot 97, 3 calendar days to Friday.
        Assert.That(result.Trades[0].Day, Is.EqualTo(1));
        Assert.That(result.Trades[0].Price, Is.EqualTo(PutMark(97, 3)).Within(1e-12));
        // Tuesday's close values it at 98.
        Assert.That(result.OptionValue[1], Is.EqualTo(2 * 100 * PutMark(98, 3)).Within(1e-9));
    }

    [Test]
    public void Run_OptionWeight_BuysThatShareOfEquityInPremium()
    {
        var panel = TestPanel.Flat("XYZ", ExpiryWeek, [100, 100, 100, 100, 100]);

        BacktestResult result = RunOptions(panel, Costless.Settings(100_000), FixedVol(), (context, book) => book.SetWeight(context.Option(WeeklyPut), 0.02));

        // 2% of 100,000 = 2,000 of premium; whole contracts: floor(2,000 / (100 x m0)).
        double m0 = PutMark(100, 4);
        Assert.That(result.Trades[0].Quantity, Is.EqualTo(Math.Floor(2_000 / (100 * m0))));
    }

    [Test]
    public void Run_AnchoredContract_IsMarkedAtThePremiumAtTheAnchorClose()
    {
        var panel = TestPanel.Flat("XYZ", ExpiryWeek, [100, 98, 95, 92, 90]);
        var american = WeeklyPut with { Style = OptionStyle.American };

        BacktestResult result = RunOptions(panel, Costless.Settings(10_000), FixedVol(), (context, book) => book.SetQuantity(context.Option(american, 1.25), 1));

        // The volatility is solved so that the model gives 1.25 at Monday's close, and every later mark uses it.
        OptionSeries series = result.Options[0];
        Assert.That(series.Mark(0), Is.EqualTo(1.25).Within(1e-8));
        double vol = series.AnchoredVolatility;
        Assert.That(series.Volatility(3), Is.EqualTo(vol));
        Assert.That(series.Mark(3), Is.EqualTo(AmericanOption.Price(OptionRight.Put, new OptionInputs(92, 95, 1 / 365.0, 0.04, 0, vol))).Within(1e-12));
        Assert.That(result.Events.Single(e => e.Kind == RunEventKind.Anchor).Message, Does.Contain($"{vol:0.00%}"));
    }

    [Test]
    public void Run_NegativeContracts_IsRefusedAsWriting()
    {
        var panel = TestPanel.Flat("XYZ", ExpiryWeek, [100, 100, 100, 100, 100]);

        var error = Assert.Throws<InputException>(() =>
            RunOptions(panel, Costless.Settings(10_000), FixedVol(), (context, book) => book.SetQuantity(context.Option(WeeklyPut), -1)));

        Assert.That(error!.Message, Does.Contain("XYZ 2024-01-12 P 95").And.Contain("writing"));
    }

    [Test]
    public void Run_ContractOnAnotherTicker_IsAnInputErrorNamingIt()
    {
        var panel = TestPanel.Flat("XYZ", ExpiryWeek, [100, 100, 100, 100, 100]);

        var error = Assert.Throws<InputException>(() =>
            RunOptions(panel, Costless.Settings(10_000), FixedVol(), (context, book) => book.SetQuantity(context.Option(OptionContract.Put("ABC", 10, Friday)), 1)));

        Assert.That(error!.Message, Does.Contain("ABC").And.Contain("XYZ"));
    }

    [Test]
    public void Run_OptionsBoughtWithMoreThanTheCash_AreCutByAMarginCall()
    {
        // A long option lends nothing: its whole value is required. Buying 12,000 of premium with 10,000 leaves
        // equity 10,000 (less the spread) under a 12,000 requirement: a call, and the options are cut at the next fill.
        var panel = TestPanel.Flat("XYZ", ExpiryWeek, [100, 100, 100, 100, 100]);
        double m0 = PutMark(100, 4);
        double contracts = Math.Floor(12_000 / (100 * m0));
        EngineSettings settings = Costless.Settings(10_000) with { LeverageCap = 10 };

        BacktestResult result = RunOptions(panel, settings, FixedVol(), (context, book) => book.SetQuantity(context.Option(WeeklyPut), contracts));

        Assert.That(result.Costs.MarginCalls, Is.GreaterThanOrEqualTo(1));
        Trade cut = result.Trades.First(t => t.Reason == TradeReason.MarginCall);
        Assert.That(cut.Quantity, Is.LessThan(0));
        // After the cut (at Tuesday's close: fill=close), equity covers the options' value again.
        Assert.That(result.Equity[1], Is.GreaterThanOrEqualTo(result.OptionValue[1] - 1e-6));
    }

    [Test]
    public void Run_TwoAllocationsOnSharedMarks_PriceEachContractOnce()
    {
        var panel = TestPanel.Flat("XYZ", ExpiryWeek, [100, 98, 95, 92, 90]);
        var marks = new OptionMarks(panel, FixedVol());
        EngineSettings settings = Costless.Settings(10_000);
        BacktestResult Run(double contracts) => Backtester.Run(
            panel,
            new ScriptedStrategy(["XYZ"], Schedule.OnceAtStart, (context, book) => book.SetQuantity(context.Option(WeeklyPut), contracts)),
            settings,
            CostModels.From(settings, panel, marks.Settings),
            marks);

        BacktestResult small = Run(1), large = Run(5);

        // A mark does not depend on position size: the second run reuses the first run's series.
        Assert.That(large.Options[0], Is.SameAs(small.Options[0]));
        Assert.That(large.OptionValue[2], Is.EqualTo(5 * small.OptionValue[2]).Within(1e-9));
    }

    [Test]
    public void Run_OrderAtTheExpiryCloseToFillAtTheOpen_IsDroppedNotHeldAfterExpiry()
    {
        var panel = TestPanel.Flat("XYZ", TestPanel.Weekdays(new DateOnly(2024, 1, 8), 6), [100, 100, 100, 100, 100, 100]);
        EngineSettings settings = Costless.Settings(10_000) with { Fill = FillTiming.Open };

        // Decides on Friday (the expiry) to buy the put expiring that day: it would fill on Monday, after it expired.
        BacktestResult result = RunOptions(panel, settings, FixedVol(), (context, book) => book.SetQuantity(context.Option(WeeklyPut), 1), Schedule.Once(Friday));

        Assert.That(result.Trades, Is.Empty);
        Assert.That(result.Events.Single(e => e.Kind == RunEventKind.NotTrading).Message, Does.Contain("expired before the order could fill"));
    }
}
