using System.Text.Json;
using System.Text.Json.Serialization;
using Backtest.Core.Metrics;
using Backtest.Core.Parameters;
using Backtest.Core.Results;
using Backtest.Core.Runs;

namespace Backtest.Cli.Output;

/// <summary>What <c>run --json</c> prints: the run's name, what the command line set, its results folder and its metrics, as metrics.json holds them.</summary>
/// <param name="Label">The preset's (or strategy's) name.</param>
/// <param name="Strategy">The strategy run.</param>
/// <param name="Set">The values the command line set, by name.</param>
/// <param name="Folder">The results folder.</param>
/// <param name="Metrics">The run's metrics (undefined ratios are null).</param>
public sealed record RunSummaryJson(string Label, string Strategy, IReadOnlyDictionary<string, string> Set, string Folder, RunMetrics Metrics)
{
    // Compact: one line a script can read, with metrics.json's names and its null for an undefined ratio.
    private static readonly JsonSerializerOptions Options = new(ResultFolder.Json) { WriteIndented = false };

    /// <summary>The JSON line of <paramref name="outcome"/>, saved in <paramref name="folder"/>, run with <paramref name="commandLine"/>.</summary>
    public static string Of(RunOutcome outcome, string folder, IEnumerable<Assignment> commandLine)
    {
        var set = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (Assignment assignment in commandLine)
        {
            set[assignment.Key] = assignment.Value;
        }

        var summary = new RunSummaryJson(outcome.Plan.Label, outcome.Plan.Strategy.Name, set, folder, outcome.Metrics);
        return JsonSerializer.Serialize(summary, Options);
    }
}
