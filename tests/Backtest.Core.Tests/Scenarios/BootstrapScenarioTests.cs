using Backtest.Core.Data;
using Backtest.Core.Parameters;
using Backtest.Core.Runs;
using Backtest.Core.Scenarios;
using Backtest.Strategies;
using Backtest.Testing;

namespace Backtest.Core.Tests.Scenarios;

/// <summary>Bootstrap paths through the engine: reproducible whatever the threads, drawn from the history as it was, paying dividends at the last yield.</summary>
[TestFixture]
public class BootstrapScenarioTests
{
    private readonly TempFolders _temporary = new();
    private string _data = string.Empty;
    private DateOnly[] _dates = [];

    [OneTimeSetUp]
    public void WriteHistory()
    {
        _data = _temporary.New();
        _dates = RandomPriceFiles.Write(_data, ["AAA", "BBB", "CCC"], 700, seed: 11);
    }

    [OneTimeTearDown]
    public void DeleteHistory() => _temporary.DeleteAll();

    [Test]
    public void SameSeed_GivesTheSameOutcomesBandsAndSamplesOnOneThreadOrTwo()
    {
        BootstrapScenario scenario = Prepare(paths: 300, seed: 5);

        IReadOnlyList<BootstrapResult> one = scenario.Run(1), two = scenario.Run(2);

        Assert.That(two[0].Outcomes, Is.EqualTo(one[0].Outcomes));
        Assert.That(two[0].Samples, Is.EqualTo(one[0].Samples));
        Assert.That(Enumerable.Range(0, 253).Select(d => two[0].Bands.Quantile(d, 0.05)), Is.EqualTo(Enumerable.Range(0, 253).Select(d => one[0].Bands.Quantile(d, 0.05))));
        Assert.That(two[0].Statistics, Is.EqualTo(one[0].Statistics));
    }

    [Test]
    public void AnotherSeed_GivesOtherPaths()
    {
        PathOutcome[] five = Prepare(paths: 50, seed: 5).Run(2)[0].Outcomes, six = Prepare(paths: 50, seed: 6).Run(2)[0].Outcomes;

        Assert.That(six.Zip(five).Count(p => p.First == p.Second), Is.Zero);
    }

    [Test]
    public void PathPrices_ResampleTheHistorysDailyMovesWithTheirMeansAndCovariance()
    {
        // Pooled over 400 paths of 252 days, the synthetic close-to-close log moves of AAA and BBB have the history's
        // mean vector and covariance matrix. Each estimate's standard error comes from the spread of its per-path values
        // (paths are independent; days within a path are not), and every difference must be under 5 of them.
        BootstrapScenario scenario = Prepare(paths: 400, seed: 9, block: 10);
        BootstrapTarget target = scenario.Targets[0];
        var panel = new PathPanel(target.Plan.Panel, target.FirstDay, scenario.Moves, target.Dividends);
        double[][] history = scenario.Moves.LogReturns();
        (double meanA, double meanB, double covAB, double varA) = Moments(history[0], history[1]);

        var perPath = new List<(double MeanA, double MeanB, double CovAB, double VarA)>();
        for (int p = 0; p < 400; p++)
        {
            panel.Write(BootstrapScenario.Path(5, p, scenario.Moves, scenario.MeanBlock, 252));
            perPath.Add(Moments(Moves(panel, 0), Moves(panel, 1), meanA, meanB));
        }

        AssertWithinFiveErrors(perPath.Select(x => x.MeanA), meanA, "mean of AAA");
        AssertWithinFiveErrors(perPath.Select(x => x.MeanB), meanB, "mean of BBB");
        AssertWithinFiveErrors(perPath.Select(x => x.CovAB), covAB, "covariance of AAA and BBB");
        AssertWithinFiveErrors(perPath.Select(x => x.VarA), varA, "variance of AAA");
        Assert.That(covAB, Is.GreaterThan(0.5 * Math.Sqrt(varA) * Math.Sqrt(Moments(history[1], history[1]).VarA)), "the fixture's tickers move together: a test of joint resampling");
    }

    [Test]
    public void PathDividends_PayLastYearsExDatesAYearLaterAtTheYieldOfTheirDay()
    {
        // AAA paid 0.25 every 63 weekdays; each dividend of the year before the start recurs a year on, at 0.25 over the
        // close before its real ex-date, times the path's close before the new one.
        BootstrapScenario scenario = Prepare(paths: 1, seed: 5);
        BootstrapTarget target = scenario.Targets[0];
        var panel = new PathPanel(target.Plan.Panel, target.FirstDay, scenario.Moves, target.Dividends);
        panel.Write(BootstrapScenario.Path(5, 0, scenario.Moves, scenario.MeanBlock, 252));
        TickerSeries aaa = target.Real[0];

        int a = panel.Panel.IndexOf("AAA"), days = panel.Panel.DayCount;
        var paid = Enumerable.Range(target.FirstDay, 252).Where(t => panel.Panel.Dividends[(a * days) + t] != 0).ToArray();
        Dividend[] lastYear = [.. aaa.Dividends.Where(d => d.ExDate > scenario.Start.AddYears(-1))];
        Assert.That(paid, Has.Length.EqualTo(lastYear.Length).And.Length.GreaterThan(2));
        for (int k = 0; k < paid.Length; k++)
        {
            int before = Array.IndexOf(aaa.Dates, lastYear[k].ExDate) - 1;
            Assert.That(panel.Panel.Dates[paid[k]], Is.GreaterThanOrEqualTo(lastYear[k].ExDate.AddYears(1)));
            Assert.That(panel.Panel.Dividends[(a * days) + paid[k]], Is.EqualTo(0.25 / aaa.Close[before] * panel.Panel.Close[(a * days) + paid[k] - 1]).Within(1e-12));
        }
    }

    [Test]
    public void PutsOnPaths_TakingTheRealDaysMarksFromOnePricing_GiveTheSameOutcomesAsPricingThemOnEveryPath()
    {
        // The puts preset (PLTR anchored to its premium, NVDA at a fixed volatility) on made-up PLTR and NVDA: the days
        // before the start are priced once and shared, and every path's outcome must be what pricing them again gives.
        string data = _temporary.New();
        RandomPriceFiles.Write(data, ["PLTR", "NVDA"], 800, seed: 3);
        var request = new RunRequest("burry-puts-2025", [], data, "test");
        BootstrapScenario scenario = BootstrapScenario.Prepare(
            [request], new BootstrapSettings(60, 252, 5, 11), null, new StrategyCatalog(typeof(AiBasketShort).Assembly), new PresetCatalog(Path.Combine(TestPaths.RepoRoot, "strategies")));

        PathOutcome[] shared = scenario.Run(2)[0].Outcomes;
        scenario.ShareRealDays = false;
        PathOutcome[] priced = scenario.Run(2)[0].Outcomes;

        Assert.That(shared, Is.EqualTo(priced));
        Assert.That(shared.Select(o => o.FinalReturn).Distinct().Count(), Is.GreaterThan(1), "paths that differ: the puts are marked on each path's prices");
    }

    [Test]
    public void Statistics_AreTheOrderStatisticsOfThePathsOutcomes()
    {
        BootstrapResult result = Prepare(paths: 200, seed: 5).Run(2)[0];

        double[] sorted = [.. result.Outcomes.Select(o => o.FinalReturn).Order()];
        ScenarioStatistics s = result.Statistics;
        // 200 paths: the median is the 100th lowest, the 5th percentile the 10th, CVaR 5% the mean of the lowest 10.
        Assert.That(s.MedianReturn, Is.EqualTo(sorted[99]));
        Assert.That(s.Return5, Is.EqualTo(sorted[9]));
        Assert.That(s.ExpectedShortfall5, Is.EqualTo(sorted[..10].Average()).Within(1e-15));
        Assert.That(s.MarginCallChance, Is.EqualTo(result.Outcomes.Count(o => o.MarginCalls > 0) / 200.0));
        Assert.That(result.Bands.Quantile(252, 0.5) - 1, Is.EqualTo(sorted[99]).Within(0.01 * (1 + Math.Abs(sorted[99]))), "the bands' median, to a bin");
    }

    private BootstrapScenario Prepare(int paths, long seed, double? block = null)
    {
        // Short AAA and BBB, long CCC as a hedge, from the 500th day; every path starts after the 700th.
        Assignment[] set =
        [
            new("basket", "AAA,BBB", "--set"), new("hedge", "CCC", "--set"), new("hedgeRatio", "0.5", "--set"),
            new("shortAllocation", "0.8", "--set"), new("from", _dates[500].ToString("yyyy-MM-dd"), "--set"),
        ];
        var request = new RunRequest("ai-basket-short", set, _data, "test");
        return BootstrapScenario.Prepare([request], new BootstrapSettings(paths, 252, block, seed), null, new StrategyCatalog(typeof(AiBasketShort).Assembly), new PresetCatalog());
    }

    private static double[] Moves(PathPanel panel, int ticker)
    {
        PricePanel p = panel.Panel;
        return [.. Enumerable.Range(panel.FirstDay, 252).Select(t => Math.Log(p.Close[(ticker * p.DayCount) + t] / p.Close[(ticker * p.DayCount) + t - 1]))];
    }

    // Means, and the covariance and variance about the given centre (the history's, so per-path values average to it).
    private static (double MeanA, double MeanB, double CovAB, double VarA) Moments(double[] a, double[] b, double? centreA = null, double? centreB = null)
    {
        double ma = a.Average(), mb = b.Average(), ca = centreA ?? ma, cb = centreB ?? mb;
        return (ma, mb, a.Zip(b).Average(x => (x.First - ca) * (x.Second - cb)), a.Average(x => (x - ca) * (x - ca)));
    }

    private static void AssertWithinFiveErrors(IEnumerable<double> perPath, double expected, string what)
    {
        double[] values = [.. perPath];
        double mean = values.Average();
        double error = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1) / values.Length);
        Assert.That(Math.Abs(mean - expected), Is.LessThan(5 * error), $"{what}: {mean} against the history's {expected} (standard error {error})");
    }
}
