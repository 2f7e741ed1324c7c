using System.Text.Json;
using Backtest.Core.Results;
using Backtest.Core.Scenarios;

namespace Backtest.Cli.Output;

/// <summary>What <c>scenario --bootstrap --json</c> prints: the results folder and each strategy's statistics, as scenario.json holds them.</summary>
/// <param name="Folder">The results folder.</param>
/// <param name="Targets">Each strategy's name and statistics.</param>
public sealed record ScenarioSummaryJson(string Folder, IReadOnlyList<ScenarioSummaryJson.Target> Targets)
{
    private static readonly JsonSerializerOptions Options = new(ResultFolder.Json) { WriteIndented = false };

    /// <summary>The JSON line of <paramref name="results"/>, saved in <paramref name="folder"/>.</summary>
    public static string Of(IReadOnlyList<BootstrapResult> results, string folder) =>
        JsonSerializer.Serialize(new ScenarioSummaryJson(folder, [.. results.Select(r => new Target(r.Target.Label, r.Statistics))]), Options);

    /// <summary>One strategy's statistics.</summary>
    /// <param name="Label">Its name.</param>
    /// <param name="Statistics">What the paths did.</param>
    public sealed record Target(string Label, ScenarioStatistics Statistics);
}
