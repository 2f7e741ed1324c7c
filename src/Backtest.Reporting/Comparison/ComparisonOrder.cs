using Backtest.Core.Metrics;
using Backtest.Reporting.Input;

namespace Backtest.Reporting.Comparison;

/// <summary>
/// The order of a comparison's rows and lines: the order the folders were named in, or ranked best first by one metric
/// (<c>--sort sharpe</c>), runs that tie keeping the order they were named in.
/// </summary>
public static class ComparisonOrder
{
    // Each metric by its metrics.json name, and whether more is better: a shallower drawdown (nearer zero) ranks first, a
    // lower volatility, smaller borrow bill and fewer margin calls first.
    private static readonly Dictionary<string, (Func<RunMetrics, double> Value, bool MoreIsBetter)> Metrics =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["totalReturn"] = (m => m.Strategy.TotalReturn, true),
            ["cagr"] = (m => m.Strategy.Cagr, true),
            ["sharpe"] = (m => m.Strategy.Sharpe, true),
            ["maxDrawdown"] = (m => m.Strategy.MaxDrawdown, true),
            ["volatility"] = (m => m.Strategy.Volatility, false),
            ["borrowFees"] = (m => m.Costs.BorrowFees, false),
            ["marginCalls"] = (m => m.Costs.MarginCalls, false),
        };

    /// <summary>The metrics <see cref="Sort"/> ranks by, as <c>--sort</c> takes them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Metrics.Keys];

    /// <summary>Whether <paramref name="metric"/> is one of <see cref="Names"/> (in any case).</summary>
    public static bool Knows(string metric) => Metrics.ContainsKey(metric);

    /// <summary><paramref name="runs"/> best first by <paramref name="metric"/>; a NaN (a Sharpe of a flat run) ranks last.</summary>
    public static SavedRun[] Sort(IReadOnlyList<SavedRun> runs, string metric)
    {
        (Func<RunMetrics, double> value, bool moreIsBetter) = Metrics[metric];
        double Rank(SavedRun run) => value(run.Metrics) is var v && double.IsNaN(v) ? double.PositiveInfinity : moreIsBetter ? -v : v;
        return [.. runs.OrderBy(Rank)];
    }
}
