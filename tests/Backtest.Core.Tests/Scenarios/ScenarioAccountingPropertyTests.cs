using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Scenarios;
using Backtest.Core.Strategies;
using Backtest.Core.Tests.Engine;
using Backtest.Testing;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

// FsCheck supplies the arguments of [Property] methods; the NUnit analyzer cannot see that.
#pragma warning disable NUnit1027

namespace Backtest.Core.Tests.Scenarios;

/// <summary>The engine's bookkeeping holds on analog paths as on history: random histories, analogs, betas, books and costs.</summary>
[TestFixture]
public class ScenarioAccountingPropertyTests
{
    [Property(MaxTest = 120)]
    public bool OnAnalogPaths_EquityIsCashPlusHoldingsAndCashReconciles(int seed)
    {
        (PricePanel panel, IStrategy strategy, EngineSettings settings) = RandomScenario(seed);

        BacktestResult r = Backtester.Run(panel, strategy, settings);

        return AccountingPropertyTests.EquityIsCashPlusHoldings(r) && AccountingPropertyTests.CashReconciles(r, settings);
    }

    [Property(MaxTest = 120)]
    public bool AnalogPaths_ArePositiveAndFiniteWhateverTheBeta(int seed)
    {
        (PricePanel panel, _, _) = RandomScenario(seed);

        for (int k = 0; k < panel.Close.Length; k++)
        {
            double close = panel.Close[k], open = panel.Open[k];
            if (!(close > 0 && double.IsFinite(close)) || (!double.IsNaN(open) && !(open > 0 && double.IsFinite(open))) || panel.Dividends[k] < 0)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 80)]
    public bool OnBootstrapPaths_EquityIsCashPlusHoldingsAndCashReconcilesPathAfterPath(int seed)
    {
        // One panel, written over path after path as a bootstrap's thread does: every run's books must balance.
        (PricePanel panel, IStrategy strategy, EngineSettings settings) = RandomScenario(seed);
        var random = new Random(seed);
        int start = Array.IndexOf(panel.Dates, panel.Dates.First(d => d > panel.Dates[0].AddDays(150))) - 1;
        TickerSeries[] real = [.. panel.Tickers.Select((t, i) => Cut(panel, i, start))];
        JointMoves moves = JointMoves.Of(real, null, null);
        var paths = new PathPanel(panel, start + 1, moves, [ForwardDividends.Of(real[0], panel.Dates[start], panel.Dates.AsSpan(start + 1)), ForwardDividends.None]);
        int horizon = panel.DayCount - start - 1;
        for (int p = 0; p < 5; p++)
        {
            paths.Write(BootstrapScenario.Path(seed, p, moves, 1 + (20 * random.NextDouble()), horizon));
            (_, IStrategy fresh, _) = RandomScenario(seed);
            BacktestResult r = Backtester.Run(paths.Panel, fresh, settings);
            if (!AccountingPropertyTests.EquityIsCashPlusHoldings(r) || !AccountingPropertyTests.CashReconciles(r, settings))
            {
                return false;
            }
        }

        return strategy.Tickers.Count == 2;
    }

    // A ticker's panel rows up to day t as a series (its real days, for the moves a bootstrap draws from).
    private static TickerSeries Cut(PricePanel panel, int ticker, int t)
    {
        int at = ticker * panel.DayCount;
        double[] open = panel.Open[at..(at + t + 1)], close = panel.Close[at..(at + t + 1)];
        Dividend[] paid = [.. Enumerable.Range(1, t).Where(d => panel.Dividends[at + d] != 0).Select(d => new Dividend(panel.Dates[d], panel.Dividends[at + d]))];
        return AnalogReplayTests.Series(panel.Tickers[ticker], panel.Dates[..(t + 1)], open, close, paid);
    }

    // Two tickers with a year of random history (one pays quarterly dividends), an analog of 60 to 180 days that may
    // crash or soar, betas from -1 to 3, a random start, and a long/short book rebalanced monthly with every cost on.
    private static (PricePanel Panel, IStrategy Strategy, EngineSettings Settings) RandomScenario(int seed)
    {
        var random = new Random(seed);
        DateOnly[] dates = TestPanel.Weekdays(new DateOnly(2025, 1, 6), 260);
        TickerSeries a = Walk(random, "AAA", dates, 0.03, dividends: true);
        TickerSeries b = Walk(random, "BBB", dates, 0.05, dividends: false);
        int analogDays = random.Next(60, 181);
        TickerSeries analog = Walk(random, "QQQ", TestPanel.Weekdays(new DateOnly(2000, 1, 3), analogDays + 1), 0.02 + (0.04 * random.NextDouble()), dividends: false);
        var window = new Analog("random", "QQQ", analog.FirstDate, analog.LastDate, "test");
        DateOnly start = dates[random.Next(120, 260)];
        string betas = $"AAA={(4 * random.NextDouble()) - 1:0.###},BBB={(4 * random.NextDouble()) - 1:0.###}";
        var replay = new AnalogReplay(window, analog, start, BetaRule.Parse(betas));
        var source = new ScenarioPriceSource(new AnalogReplayTests.OneSeriesSource(a, b), start, replay.Extend);
        PricePanel panel = PricePanelBuilder.Build([source.Load("AAA"), source.Load("BBB")]);

        double[] weights = [(2 * random.NextDouble()) - 1, (2 * random.NextDouble()) - 1];
        IStrategy strategy = ScriptedStrategy.Weights(["AAA", "BBB"], weights, new Schedule(Frequency.Monthly));
        var settings = new EngineSettings { Capital = 1_000_000, CashRate = 0.03, Fractional = random.Next(2) == 0 };
        return (panel, strategy, settings);
    }

    private static TickerSeries Walk(Random random, string ticker, DateOnly[] dates, double volatility, bool dividends)
    {
        int n = dates.Length;
        double[] open = new double[n], close = new double[n];
        double price = 20 + (200 * random.NextDouble());
        for (int t = 0; t < n; t++)
        {
            open[t] = price * Math.Exp(volatility * 0.3 * Gaussian(random));
            price = open[t] * Math.Exp(volatility * Gaussian(random));
            close[t] = price;
        }

        Dividend[] paid = dividends ? [.. Enumerable.Range(1, n - 1).Where(t => t % 63 == 0).Select(t => new Dividend(dates[t], close[t - 1] * 0.005))] : [];
        return AnalogReplayTests.Series(ticker, dates, open, close, paid);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
