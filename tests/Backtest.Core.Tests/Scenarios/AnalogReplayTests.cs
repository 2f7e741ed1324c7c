using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Scenarios;
using Backtest.Core.Strategies;
using Backtest.Testing;

namespace Backtest.Core.Tests.Scenarios;

[TestFixture]
public class AnalogReplayTests
{
    // The analog: QQQ closes 100 at its peak (Monday 2000-03-27), then 90, 80, 50; opens 95, 85, 70.
    private static readonly Analog Bust = new("bust", "QQQ", new(2000, 3, 27), new(2000, 3, 30), "test");

    private static TickerSeries AnalogSeries() => Series(
        "QQQ",
        TestPanel.Weekdays(new DateOnly(2000, 3, 24), 5),
        open: [99, 100, 95, 85, 70],
        close: [101, 100, 90, 80, 50]);

    // Today's ticker: its last real close, on Friday 2026-05-29, is 200.
    private static TickerSeries Name(string ticker = "NVDA", Dividend[]? dividends = null) => Series(
        ticker,
        TestPanel.Weekdays(new DateOnly(2026, 5, 27), 3),
        open: [190, 195, 198],
        close: [192, 196, 200],
        dividends);

    [Test]
    public void Extend_WithBetaOne_ReproducesTheAnalogsPathAndCumulativeReturnExactly()
    {
        var replay = new AnalogReplay(Bust, AnalogSeries(), new DateOnly(2026, 5, 29), BetaRule.Parse("1"));

        SyntheticBars bars = replay.Extend(Name());

        // close_k = 200 x (analog close_k / 100): 180, 160, 100; open_k = 200 x (analog open_k / 100): 190, 170, 140.
        Assert.That(bars.Close, Is.EqualTo(new[] { 180.0, 160.0, 100.0 }));
        Assert.That(bars.Open, Is.EqualTo(new[] { 190.0, 170.0, 140.0 }));
        // The analog fell 50% (100 to 50); so does the name, to the last bit.
        Assert.That((bars.Close[^1] / 200) - 1, Is.EqualTo((50.0 / 100) - 1));
        Assert.That(replay.CumulativeReturn, Is.EqualTo(-0.5));
        // Weekdays after Friday 2026-05-29: Monday to Wednesday.
        Assert.That(bars.Dates, Is.EqualTo(new[] { new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 2), new DateOnly(2026, 6, 3) }));
    }

    [Test]
    public void Extend_WithBetaTwo_SquaresEachLevelOfTheAnalog()
    {
        var replay = new AnalogReplay(Bust, AnalogSeries(), new DateOnly(2026, 5, 29), BetaRule.Parse("trailing,NVDA=2"));

        SyntheticBars bars = replay.Extend(Name());

        // 200 x 0.9^2 = 162, 200 x 0.8^2 = 128, 200 x 0.5^2 = 50: log moves doubled, never below zero.
        Assert.That(bars.Close, Is.EqualTo(new[] { 162.0, 128.0, 50.0 }).Within(1e-12));
        Assert.That(replay.BetasUsed.Single(), Is.EqualTo(new KeyValuePair<string, double>("NVDA", 2)));
    }

    [Test]
    public void TrailingBeta_OfANameMovingOneAndAHalfTimesTheAnalogInLogs_IsOneAndAHalf()
    {
        // 300 weekdays of a zig-zag analog; the name's log moves are 1.5 times the analog's every day.
        DateOnly[] dates = TestPanel.Weekdays(new DateOnly(2025, 1, 1), 300);
        double[] analog = new double[300], name = new double[300];
        analog[0] = 100;
        name[0] = 50;
        for (int t = 1; t < 300; t++)
        {
            double move = 0.01 * Math.Sin(t * 1.7) + (0.004 * (t % 3));
            analog[t] = analog[t - 1] * Math.Exp(move);
            name[t] = name[t - 1] * Math.Exp(1.5 * move);
        }

        double beta = BetaRule.Trailing.For(Series("PLTR", dates, name, name), Series("QQQ", dates, analog, analog), dates[^1]);

        Assert.That(beta, Is.EqualTo(1.5).Within(1e-9));
    }

    [Test]
    public void TrailingBeta_WithUnderSixtyCommonDays_IsRefusedNamingTheWayOut()
    {
        DateOnly[] dates = TestPanel.Weekdays(new DateOnly(2025, 1, 1), 40);
        double[] prices = [.. Enumerable.Range(0, 40).Select(t => 100 + (t % 5))];

        var e = Assert.Throws<InputException>(() => BetaRule.Trailing.For(Series("PLTR", dates, prices, prices), Series("QQQ", dates, prices, prices), dates[^1]));

        Assert.That(e!.Message, Does.Contain("PLTR and QQQ share 39 daily returns").And.Contain("--beta PLTR=1.5"));
    }

    [Test]
    public void Extend_PaysLastYearsDividendsAgainAYearLaterAtTheSameYield()
    {
        // A 1.00 dividend on Thursday 2025-06-05 after a 100 close is a 1% yield; a year on, 2026-06-05 is a Friday,
        // the fifth synthetic day. It pays 1% of the day before's close, 200 x 0.5 = 100: 1.00.
        var analog = Series("QQQ", TestPanel.Weekdays(new DateOnly(2000, 3, 27), 7), [100, 100, 100, 100, 100, 100, 100], [100, 90, 80, 70, 60, 50, 40]);
        var real = Series(
            "MSFT",
            [new(2025, 6, 4), new(2025, 6, 5), new(2026, 5, 29)],
            open: [100, 100, 200],
            close: [100, 99, 200],
            [new Dividend(new DateOnly(2025, 6, 5), 1.0)]);
        var replay = new AnalogReplay(Bust with { To = new DateOnly(2000, 4, 4) }, analog, new DateOnly(2026, 5, 29), BetaRule.Parse("1"));

        SyntheticBars bars = replay.Extend(real);

        Assert.That(bars.Dates[4], Is.EqualTo(new DateOnly(2026, 6, 5)));
        Assert.That(bars.Dividends.Select(d => d.ExDate), Is.EqualTo(new[] { new DateOnly(2026, 6, 5) }));
        Assert.That(bars.Dividends[0].Amount, Is.EqualTo(1.2).Within(1e-12));
    }

    [Test]
    public void Replay_OfAWindowTheDataDoesNotCover_IsRefusedSayingWhatIsMissing()
    {
        var meltup = new Analog("dotcom-meltup", "QQQ", new(1999, 10, 1), new(2000, 3, 27), "test");

        var e = Assert.Throws<InputException>(() => new AnalogReplay(meltup, AnalogSeries(), new DateOnly(2026, 5, 29), BetaRule.Trailing));

        Assert.That(e!.Message, Does.StartWith("--analog dotcom-meltup needs QQQ from 1999-10-01 to 2000-03-27; the data has QQQ from 2000-03-24 to 2000-03-30"));
    }

    [Test]
    public void Catalog_ParsesNamesAndOwnWindowsAndRefusesTheRest()
    {
        Assert.That(AnalogCatalog.Parse("DOTCOM-BUST").To, Is.EqualTo(new DateOnly(2002, 10, 9)));
        Assert.That(AnalogCatalog.Parse("spy:2020-02-19..2020-03-23"), Is.EqualTo(new Analog("spy:2020-02-19..2020-03-23", "SPY", new(2020, 2, 19), new(2020, 3, 23), "SPY from 2020-02-19 to 2020-03-23")));
        Assert.That(() => AnalogCatalog.Parse("tulips-1637"), Throws.TypeOf<InputException>().With.Message.Contains("dotcom-bust, dotcom-meltup, gfc-2008, covid-2020, tech-2022"));
        Assert.That(() => AnalogCatalog.Parse("QQQ:2002-01-01..2001-01-01"), Throws.TypeOf<InputException>().With.Message.Contains("its end must come after its start"));
    }

    [Test]
    public void Basket_IsAnIndexOfItsMembersEqualWeightDailyMoves()
    {
        // A closes 10, 11, 12.1 (opens 10, 10.5, 11.5); B closes 20, 18, 19.8 (opens 20, 19, 18.9).
        DateOnly[] days = TestPanel.Weekdays(new DateOnly(2000, 3, 27), 3);
        TickerSeries a = Series("AAA", days, open: [10, 10.5, 11.5], close: [10, 11, 12.1]);
        TickerSeries b = Series("BBB", days, open: [20, 19, 18.9], close: [20, 18, 19.8]);

        TickerSeries basket = EqualWeightBasket.Of([a, b]);

        // Day 1: closes move x1.1 and x0.9, mean 1.0; opens x1.05 and x0.95, mean 1.0. Day 2: closes x1.1 and x1.1;
        // opens 11.5/11 and 18.9/18, mean (1.0454545... + 1.05) / 2 = 1.0477272..., times the previous close 100.
        Assert.That(basket.Ticker, Is.EqualTo("AAA+BBB"));
        Assert.That(basket.Dates, Is.EqualTo(days));
        Assert.That(basket.Close, Is.EqualTo(new[] { 100, 100, 110.0 }).Within(1e-12));
        Assert.That(basket.Open, Is.EqualTo(new[] { 100, 100, 100 * ((11.5 / 11) + (18.9 / 18)) / 2 }).Within(1e-12));
        Assert.That(AnalogCatalog.Parse("qqq+orcl:2000-03-27..2002-10-09").Tickers, Is.EqualTo(new[] { "QQQ", "ORCL" }));
    }

    [Test]
    public void BuyAndHold_OfTheAnalogsOwnTickerThroughTheEngine_ReturnsTheAnalogsReturnOverTheScenario()
    {
        // QQQ itself (beta 1 by definition) held whole from the first real day, with no costs: from the start's close to
        // the last synthetic close the account moves exactly as the analog did, -50%.
        var qqqToday = Name("QQQ");
        var replay = new AnalogReplay(Bust, AnalogSeries(), new DateOnly(2026, 5, 29), BetaRule.Trailing);
        var source = new ScenarioPriceSource(new OneSeriesSource(qqqToday), new DateOnly(2026, 5, 29), replay.Extend);
        PricePanel panel = PricePanelBuilder.Build([source.Load("QQQ")]);

        BacktestResult r = Backtester.Run(panel, ScriptedStrategy.Weights(["QQQ"], [1.0]), Costless.Settings(10_000));

        int start = Array.IndexOf(panel.Dates, new DateOnly(2026, 5, 29));
        Assert.That((r.Equity[^1] / r.Equity[start]) - 1, Is.EqualTo(replay.CumulativeReturn).Within(1e-14));
        Assert.That(panel.DayCount, Is.EqualTo(6));
    }

    internal static TickerSeries Series(string ticker, DateOnly[] dates, double[] open, double[] close, Dividend[]? dividends = null) =>
        new(ticker, dates, open, [.. open.Zip(close, Math.Max)], [.. open.Zip(close, Math.Min)], close, [.. close.Select(_ => 1000.0)], dividends ?? [], []);

    /// <summary>A price source of one series.</summary>
    internal sealed class OneSeriesSource(params TickerSeries[] series) : IPriceSource
    {
        public string Location => "test";

        public IReadOnlyList<string> Tickers => [.. series.Select(s => s.Ticker)];

        public TickerSeries Load(string ticker) => series.Single(s => s.Ticker == ticker);
    }
}
