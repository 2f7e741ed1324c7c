using Backtest.Core.Data;
using Backtest.Core.Runs;

namespace Backtest.Core.Scenarios;

/// <summary>One strategy or preset a bootstrap runs on every path: its plan on the scenario's calendar, and how its panel takes a path.</summary>
/// <param name="Plan">The run on path 0's prices (it fixes the calendar, costs and settings every path shares).</param>
/// <param name="Real">The tickers' real series up to the start (for option volatility, which looks back before the run).</param>
/// <param name="FirstDay">The first synthetic day in the plan's panel.</param>
/// <param name="Dividends">Each panel ticker's dividends over the synthetic days.</param>
public sealed record BootstrapTarget(RunPlan Plan, IReadOnlyList<TickerSeries> Real, int FirstDay, ForwardDividends[] Dividends)
{
    /// <summary>The name the target's results go by (its preset's, else its strategy's).</summary>
    public string Label => Plan.Label;

    /// <summary>The last real day, the start of every path.</summary>
    public int StartDay => FirstDay - 1;
}
