using Backtest.Core.Engine;
using Backtest.Core.Metrics;

namespace Backtest.Core.Runs;

/// <summary>A finished run: the plan, what the engine did, and its headline numbers beside the benchmark's.</summary>
/// <param name="Plan">What was run.</param>
/// <param name="Result">What the engine did.</param>
/// <param name="Summary">The strategy's headline numbers.</param>
/// <param name="Benchmark">The benchmark's equity on the same days, or null.</param>
/// <param name="BenchmarkSummary">The benchmark's headline numbers, or null.</param>
public sealed record RunOutcome(RunPlan Plan, BacktestResult Result, PerformanceSummary Summary, BenchmarkCurve? Benchmark, PerformanceSummary? BenchmarkSummary)
{
    /// <summary>Runs <paramref name="plan"/> through the engine and measures it.</summary>
    public static RunOutcome Execute(RunPlan plan)
    {
        BacktestResult result = Backtester.Run(plan.Panel, plan.Instance, plan.Engine);
        PerformanceSummary summary = PerformanceSummary.Compute(result.Equity, result.Capital);
        if (plan.Benchmark is null)
        {
            return new RunOutcome(plan, result, summary, null, null);
        }

        BenchmarkCurve benchmark = BenchmarkCurve.Build(plan.Benchmark, plan.Panel.Dates[..result.DayCount], result.Capital);
        return new RunOutcome(plan, result, summary, benchmark, PerformanceSummary.Compute(benchmark.Equity, result.Capital));
    }
}
