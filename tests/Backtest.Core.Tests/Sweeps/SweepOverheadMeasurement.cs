using System.Diagnostics;
using Backtest.Core.Engine;
using Backtest.Core.Metrics;
using Backtest.Core.Parameters;
using Backtest.Core.Runs;
using Backtest.Core.Strategies;
using Backtest.Core.Sweeps;
using Backtest.Strategies;
using Backtest.Testing;

namespace Backtest.Core.Tests.Sweeps;

/// <summary>
/// Measures what a sweep adds per combination to the engine and the metrics (binding, the window's context, the
/// benchmark curve, flattening the metrics), on one thread. Explicit: a measurement, not a check; run it in Release with
/// <c>dotnet test tests/Backtest.Core.Tests -c Release --filter SweepOverheadMeasurement</c> and read its output.
/// </summary>
[Explicit("a timing measurement; needs ../shared/data")]
public class SweepOverheadMeasurement
{
    [TestCase("ai-basket-short", "2020-10-01", "2026-05-29", 2000)]
    [TestCase("burry-13f-2025", "2025-10-01", "2026-05-29", 20000)]
    public void Measure_PerCombination_OverheadOutsideTheEngineAndMetrics(string target, string from, string to, int combinations)
    {
        TestPaths.RequireSharedData();
        string[] sets = target == "ai-basket-short" ? ["basket=NVDA,PLTR", "hedge=MSFT", "hedgeRatio=0.5", "shortAllocation=0.8"] : [];
        var assignments = sets.Select(s => Assignment.FromCommandLine(s)).ToList();
        assignments.Add(new Assignment("from", from, "test"));
        assignments.Add(new Assignment("to", to, "test"));
        var request = new SweepRequest(target, assignments, [$"shortAllocation=0.0001:{combinations * 0.0001}:0.0001"], TestPaths.YahooDaily, "test");
        SweepPlan plan = SweepPlan.Prepare(request, new StrategyCatalog(typeof(Burry13F2025).Assembly), new PresetCatalog(Path.Combine(TestPaths.RepoRoot, "strategies")));
        SweepContexts contexts = plan.NewContexts();
        var worker = new SweepWorker(plan.Binder, contexts);
        double[] row = new double[MetricColumns.All.Count + 1];
        int[] digits = new int[1];
        var instances = new object[4];
        object?[][] scratch = plan.Binder.NewScratch();
        (int[], SweepContext?) last = ([], null);

        // Warm up every path, then time each part alone and the whole.
        for (int i = 0; i < 200; i++)
        {
            digits[0] = i;
            worker.Run(digits, row, 1, null);
        }

        SweepContext context = contexts.For(digits, ((IStrategy)plan.Binder.Base[0]).Tickers, ref last);
        RunPlan basePlan = context.Plan!;
        // Each timing is the least of five rounds, taken in turn, so that a collection or a busy core in one round
        // does not pass for overhead.
        double whole = double.MaxValue, engine = double.MaxValue, bind = double.MaxValue;
        for (int round = 0; round < 5; round++)
        {
            whole = Math.Min(whole, Time(combinations, i => { digits[0] = i; worker.Run(digits, row, 1, null); }));
            bind = Math.Min(bind, Time(combinations, i => { digits[0] = i; plan.Binder.Bind(digits, instances, scratch); }));
            engine = Math.Min(engine, Time(combinations, i =>
            {
                digits[0] = i;
                plan.Binder.Bind(digits, instances, scratch);
                BacktestResult result = Backtester.Run(basePlan.Panel, (IStrategy)instances[0], (EngineSettings)instances[1], options: context.Marks);
                RunMetrics.Compute(result, context.Benchmark(result.Capital, result.DayCount), 0);
            }));
        }

        RunMetrics metrics = RunMetrics.Compute(Backtester.Run(basePlan.Panel, (IStrategy)instances[0], (EngineSettings)instances[1], options: context.Marks), null, 0);
        double fill = Time(combinations, _ => MetricColumns.Fill(metrics, row, 1));

        TestContext.Out.WriteLine($"{target}, {basePlan.Panel.DayCount} days, {basePlan.Panel.TickerCount} tickers, one thread:");
        TestContext.Out.WriteLine($"  whole combination (worker.Run) {whole:F2} us");
        TestContext.Out.WriteLine($"  bind + engine + metrics        {engine:F2} us (bind alone {bind:F3} us)");
        TestContext.Out.WriteLine($"  flatten metrics alone          {fill:F3} us");
        TestContext.Out.WriteLine($"  sweep overhead outside Backtester.Run + RunMetrics.Compute: {whole - engine + bind:F2} us");
    }

    private static double Time(int count, Action<int> action)
    {
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < count; i++)
        {
            action(i);
        }

        return clock.Elapsed.TotalMicroseconds / count;
    }
}
