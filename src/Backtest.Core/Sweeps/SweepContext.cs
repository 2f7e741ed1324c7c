using System.Collections.Concurrent;
using Backtest.Core.Metrics;
using Backtest.Core.Options;
using Backtest.Core.Runs;

namespace Backtest.Core.Sweeps;

/// <summary>
/// What every combination of one window shares: the plan's loaded data and price panel, its option marks (thread-safe,
/// each contract priced once for all of them) and its benchmark curves; or the input error that window gives.
/// </summary>
internal sealed class SweepContext
{
    private readonly ConcurrentDictionary<double, BenchmarkCurve> _curves = new();

    public SweepContext(RunPlan plan)
    {
        Plan = plan;
        Marks = plan.CreateOptionMarks();
        Tickers = [.. plan.Panel.Tickers];
    }

    public SweepContext(InputException error, IReadOnlyList<string> tickers)
    {
        Error = error;
        Tickers = [.. tickers];
    }

    /// <summary>The plan whose data this is, or null when <see cref="Error"/> is set.</summary>
    public RunPlan? Plan { get; }

    /// <summary>The marks of the plan's panel and option settings.</summary>
    public OptionMarks? Marks { get; }

    /// <summary>Why the window cannot run, or null.</summary>
    public InputException? Error { get; }

    /// <summary>The tickers of the panel.</summary>
    public string[] Tickers { get; }

    /// <summary>
    /// The benchmark's curve for a run of <paramref name="dayCount"/> days from <paramref name="capital"/>, as
    /// <see cref="RunOutcome.Execute"/> builds it; a whole-window curve is built once per capital and shared.
    /// </summary>
    public BenchmarkCurve? Benchmark(double capital, int dayCount)
    {
        RunPlan plan = Plan!;
        if (plan.Benchmark is null)
        {
            return null;
        }

        bool raw = plan.Settings.Prices == PriceAdjustment.Raw;
        if (dayCount != plan.Panel.DayCount)
        {
            return BenchmarkCurve.Build(plan.Benchmark, plan.Panel.Dates[..dayCount], capital, raw);
        }

        return _curves.GetOrAdd(capital, c => BenchmarkCurve.Build(plan.Benchmark, plan.Panel.Dates[..dayCount], c, raw));
    }
}
