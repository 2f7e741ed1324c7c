using Backtest.Core.Results;

namespace Backtest.Core.Sweeps;

/// <summary>What produced a sweep (<c>sweep.json</c>): as <c>run.json</c> for the base run, plus the grid and the slice.</summary>
/// <param name="Tool">The tool's name.</param>
/// <param name="Version">The tool's version.</param>
/// <param name="SweepId">The sweep's id (a hash of the base inputs and the grid); shards of one sweep share it.</param>
/// <param name="CreatedUtc">When the sweep was started, ISO 8601 UTC (a resumed sweep keeps its first start).</param>
/// <param name="CommandLine">The command line as typed.</param>
/// <param name="Preset">The preset file, or null.</param>
/// <param name="Strategy">The strategy's name.</param>
/// <param name="Label">The name results are filed under.</param>
/// <param name="Grid">The axes, the first varying slowest.</param>
/// <param name="Combinations">The number of combinations of the whole grid.</param>
/// <param name="Shard">The slice this folder holds, or null for the whole grid.</param>
/// <param name="Columns">The columns of <c>sweep.csv</c>.</param>
/// <param name="KeepCurves">Whether <c>curves.csv</c> holds every equity curve.</param>
/// <param name="Parameters">The base strategy parameters (before the grid).</param>
/// <param name="Engine">The base engine settings.</param>
/// <param name="Options">The base option settings.</param>
/// <param name="Run">The base window and benchmark settings.</param>
/// <param name="Assignments">Every value given, in order, with where it came from.</param>
/// <param name="FirstDay">The base run's first day.</param>
/// <param name="LastDay">The base run's last day.</param>
/// <param name="Data">The data files read, with their SHA-256.</param>
/// <param name="Notes">Notes that are not errors.</param>
public sealed record SweepRecord(
    string Tool,
    string Version,
    string SweepId,
    string CreatedUtc,
    string CommandLine,
    string? Preset,
    string Strategy,
    string Label,
    IReadOnlyList<SweepAxisRecord> Grid,
    long Combinations,
    SweepShardRecord? Shard,
    IReadOnlyList<string> Columns,
    bool KeepCurves,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, string> Engine,
    IReadOnlyDictionary<string, string> Options,
    IReadOnlyDictionary<string, string> Run,
    IReadOnlyList<AssignmentRecord> Assignments,
    string FirstDay,
    string LastDay,
    IReadOnlyList<DataFileRecord> Data,
    IReadOnlyList<string> Notes)
{
    /// <summary>The shard folders a merged sweep was joined from, or null.</summary>
    public IReadOnlyList<string>? MergedFrom { get; init; }
}
