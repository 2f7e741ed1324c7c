using Backtest.Core.Scenarios;

namespace Backtest.Reporting.Scenarios;

/// <summary>One strategy of a saved bootstrap: its record, what each path did to it (<c>paths.csv</c>) and its fan (<c>fan.csv</c>).</summary>
/// <param name="Record">What ran and its statistics, from <c>scenario.json</c>.</param>
/// <param name="FinalReturns">Each path's final return.</param>
/// <param name="MaxDrawdowns">Each path's maximum drawdown (zero or below).</param>
/// <param name="MarginCalls">Each path's number of margin calls.</param>
/// <param name="Ruined">Whether each path was ruined.</param>
/// <param name="Fan">The equity bands and sample paths by day.</param>
public sealed record SavedScenarioTarget(
    ScenarioTargetRecord Record,
    double[] FinalReturns,
    double[] MaxDrawdowns,
    int[] MarginCalls,
    bool[] Ruined,
    ScenarioFan Fan)
{
    /// <summary>The target's name, as the table and the legends print it.</summary>
    public string Label => Record.Label;

    /// <summary>What the paths say about it, as the run computed it.</summary>
    public ScenarioStatistics Statistics => Record.Statistics;
}
