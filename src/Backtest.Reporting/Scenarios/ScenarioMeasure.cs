using Backtest.Core.Scenarios;

namespace Backtest.Reporting.Scenarios;

/// <summary>A per-path outcome whose distribution the report draws: final return or maximum drawdown, with the statistics marked on it.</summary>
/// <param name="Name">The figure's file name.</param>
/// <param name="Title">The figure's title.</param>
/// <param name="Values">Each path's value for a target.</param>
/// <param name="Median">The median, from the run's statistics.</param>
/// <param name="Tail">The 5th percentile (the bad tail: the lowest return, the deepest drawdown).</param>
/// <param name="Shortfall">The mean of the worst 5%, when the run computed it.</param>
internal sealed record ScenarioMeasure(
    string Name,
    string Title,
    Func<SavedScenarioTarget, double[]> Values,
    Func<ScenarioStatistics, double> Median,
    Func<ScenarioStatistics, double> Tail,
    Func<ScenarioStatistics, double>? Shortfall)
{
    /// <summary>The final return, with its CVaR 5% (the mean of the worst 5% of paths).</summary>
    public static readonly ScenarioMeasure FinalReturn = new("final-returns", "Final return over the horizon", t => t.FinalReturns, s => s.MedianReturn, s => s.Return5, s => s.ExpectedShortfall5);

    /// <summary>The maximum drawdown from the running peak.</summary>
    public static readonly ScenarioMeasure MaxDrawdown = new("max-drawdowns", "Maximum drawdown over the horizon", t => t.MaxDrawdowns, s => s.MedianMaxDrawdown, s => s.MaxDrawdown5, null);
}
