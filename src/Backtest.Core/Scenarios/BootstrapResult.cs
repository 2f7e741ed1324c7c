namespace Backtest.Core.Scenarios;

/// <summary>Every path's outcome for one target, its equity bands, and a few whole paths to draw.</summary>
/// <param name="Target">The target run.</param>
/// <param name="Outcomes">One per path, in path order.</param>
/// <param name="Bands">Equity over the start's, per synthetic day, over all paths.</param>
/// <param name="Samples">The equity (over the start's) of the first few paths, day by day from the start.</param>
/// <param name="StartEquity">Equity at the start's close: real prices up to it, so the same on every path.</param>
public sealed record BootstrapResult(BootstrapTarget Target, PathOutcome[] Outcomes, EquityBands Bands, double[][] Samples, double StartEquity)
{
    /// <summary>The statistics of the outcomes, worked out once (they sort every path's outcome).</summary>
    public ScenarioStatistics Statistics { get; } = ScenarioStatistics.Of(Outcomes);
}
