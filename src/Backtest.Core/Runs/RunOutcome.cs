using Backtest.Core.Engine;
using Backtest.Core.Metrics;

namespace Backtest.Core.Runs;

/// <summary>A finished run: the plan, what the engine did, the benchmark on the same days, and every metric.</summary>
/// <param name="Plan">What was run.</param>
/// <param name="Result">What the engine did.</param>
/// <param name="Benchmark">The benchmark's equity on the same days, or null.</param>
/// <param name="Metrics">Returns, risk, exposure and costs, with the benchmark's beside them.</param>
public sealed record RunOutcome(RunPlan Plan, BacktestResult Result, BenchmarkCurve? Benchmark, RunMetrics Metrics)
{
    /// <summary>Runs <paramref name="plan"/> through the engine and measures it.</summary>
    public static RunOutcome Execute(RunPlan plan)
    {
        BacktestResult result = Backtester.Run(plan.Panel, plan.Instance, plan.Engine, plan.Models, plan.CreateOptionMarks());
        BenchmarkCurve? benchmark = plan.Benchmark is null
            ? null
            : BenchmarkCurve.Build(plan.Benchmark, plan.Panel.Dates[..result.DayCount], result.Capital, plan.Settings.Prices == PriceAdjustment.Raw);
        return new RunOutcome(plan, result, benchmark, RunMetrics.Compute(result, benchmark, plan.Settings.RiskFreeRate));
    }
}
