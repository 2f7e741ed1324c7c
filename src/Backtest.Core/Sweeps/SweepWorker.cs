using Backtest.Core.Engine;
using Backtest.Core.Metrics;
using Backtest.Core.Runs;
using Backtest.Core.Strategies;

namespace Backtest.Core.Sweeps;

/// <summary>
/// Runs combinations on one thread: binds them, finds their window's context, runs the engine and measures the run
/// exactly as <see cref="RunOutcome.Execute"/> does, and writes the metrics into a row. Not thread-safe: one per thread.
/// </summary>
internal sealed class SweepWorker
{
    private readonly SweepBinder _binder;
    private readonly SweepContexts _contexts;
    private readonly object[] _instances = new object[4];
    private readonly object?[][] _scratch;

    // This thread's runs record into the same arrays: a run's result is measured (and its curve copied) before the next.
    private readonly RunBuffers _buffers = new();
    private (int[] Digits, SweepContext? Context) _last = ([], null);

    public SweepWorker(SweepBinder binder, SweepContexts contexts)
    {
        _binder = binder;
        _contexts = contexts;
        _scratch = binder.NewScratch();
    }

    /// <summary>
    /// Runs the combination <paramref name="digits"/> and writes its metrics at <paramref name="offset"/> in
    /// <paramref name="row"/>; returns the input error that stopped it instead, or null. <paramref name="curve"/>, when
    /// given, receives the finished run.
    /// </summary>
    public string? Run(ReadOnlySpan<int> digits, double[] row, int offset, Action<BacktestResult>? curve)
    {
        _binder.Bind(digits, _instances, _scratch);
        var strategy = (IStrategy)_instances[0];
        var engine = (EngineSettings)_instances[1];
        var settings = (RunSettings)_instances[3];
        try
        {
            SweepContext context = _contexts.For(digits, strategy.Tickers, ref _last);
            if (context.Error is { } error)
            {
                return error.Message;
            }

            RunPlan plan = context.Plan!;
            RunPlan.CheckSchedule(strategy.Schedule, plan.Panel, engine);
            BacktestResult result = Backtester.Run(plan.Panel, strategy, engine, plan.CostModelsFor(engine), context.Marks, _buffers);
            BenchmarkCurve? benchmark = context.Benchmark(result.Capital, result.DayCount);
            MetricColumns.Fill(RunMetrics.Compute(result, benchmark, settings.RiskFreeRate), row, offset);
            curve?.Invoke(result);
            return null;
        }
        catch (InputException e)
        {
            return e.Message;
        }
    }
}
