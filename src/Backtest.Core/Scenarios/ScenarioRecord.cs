namespace Backtest.Core.Scenarios;

/// <summary>What a scenario run ran on, as <c>run.json</c> records it: the analog, its window, where it starts, the betas.</summary>
/// <param name="Kind">analog (the only kind a single results folder holds; bootstrap runs write <c>scenario.json</c>).</param>
/// <param name="Analog">The analog's name.</param>
/// <param name="Ticker">The analog's ticker.</param>
/// <param name="AnalogFrom">The analog's first close (its peak).</param>
/// <param name="AnalogTo">The analog's last close.</param>
/// <param name="AnalogReturn">The analog's own cumulative return over its window.</param>
/// <param name="Start">The last real day: synthetic days follow it.</param>
/// <param name="End">The last synthetic day.</param>
/// <param name="BetaRule">How betas were chosen (<c>trailing</c>, a number, per-ticker values).</param>
/// <param name="Betas">The beta each ticker (and the benchmark) took.</param>
/// <param name="Story">What the analog was, with its source.</param>
public sealed record ScenarioRecord(
    string Kind,
    string Analog,
    string Ticker,
    string AnalogFrom,
    string AnalogTo,
    double AnalogReturn,
    string Start,
    string End,
    string BetaRule,
    IReadOnlyDictionary<string, double> Betas,
    string Story)
{
    /// <summary>One line for titles and the summary: <c>scenario dotcom-bust (QQQ -83.0%) from 2026-05-29</c>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Title => $"scenario {Analog} ({Ticker} {AnalogReturn:+0.0%;-0.0%}) after {Start}";
}
