using Backtest.Core.Scenarios;
using Backtest.Reporting.Output;

namespace Backtest.Reporting.Scenarios;

/// <summary>The statistics table of <c>scenario.pdf</c>: one row per statistic, one column per target, numbers as the run report writes them.</summary>
public static class ScenarioRows
{
    private static readonly (string Name, Func<SavedScenarioTarget, string> Cell)[] Statistics =
    [
        ("Paths", t => ScenarioText.Count(t.Statistics.Paths)),
        ("Equity at the start", t => MetricText.Money(t.Record.StartEquity)),
        ("Chance of a margin call", t => MetricText.Percent(t.Statistics.MarginCallChance)),
        ("Chance of ruin", t => MetricText.Percent(t.Statistics.RuinChance)),
        ("Chance of a loss", t => MetricText.Percent(t.Statistics.LossChance)),
        ("Median final return", t => MetricText.Percent(t.Statistics.MedianReturn)),
        ("Mean final return", t => MetricText.Percent(t.Statistics.MeanReturn)),
        ("5th percentile of final return", t => MetricText.Percent(t.Statistics.Return5)),
        ("95th percentile of final return", t => MetricText.Percent(t.Statistics.Return95)),
        ("CVaR 5% (mean of the worst 5%)", t => MetricText.Percent(t.Statistics.ExpectedShortfall5)),
        ("Median max drawdown", t => MetricText.Percent(t.Statistics.MedianMaxDrawdown)),
        ("Max drawdown, worst 5% (5th percentile)", t => MetricText.Percent(t.Statistics.MaxDrawdown5)),
    ];

    /// <summary>The header: an empty corner, then each target's label.</summary>
    public static string[] Header(SavedScenario scenario) => ["", .. scenario.Targets.Select(t => t.Label)];

    /// <summary>The rows: a statistic's name, then its value for each target.</summary>
    public static IReadOnlyList<string[]> Of(SavedScenario scenario) =>
        [.. Statistics.Select(s => (string[])[s.Name, .. scenario.Targets.Select(s.Cell)])];
}
