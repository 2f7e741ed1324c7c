using Backtest.Core.Results;

namespace Backtest.Core.Scenarios;

/// <summary>One strategy of a bootstrap, as <c>scenario.json</c> records it: what ran and what the paths did to it.</summary>
/// <param name="Label">Its name (the preset's, else the strategy's); in <c>paths.csv</c> its columns start with it when there are several.</param>
/// <param name="Strategy">The strategy.</param>
/// <param name="Preset">The preset file, or null.</param>
/// <param name="StartEquity">Equity at the start's close, the same on every path.</param>
/// <param name="Parameters">Every parameter value (strategy, engine, options, run), by name.</param>
/// <param name="Assignments">Every value given, in order, with where it came from.</param>
/// <param name="Statistics">What the paths did.</param>
public sealed record ScenarioTargetRecord(
    string Label,
    string Strategy,
    string? Preset,
    double StartEquity,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<AssignmentRecord> Assignments,
    ScenarioStatistics Statistics);
