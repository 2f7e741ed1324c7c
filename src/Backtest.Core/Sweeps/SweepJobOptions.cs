namespace Backtest.Core.Sweeps;

/// <summary>How a sweep is run and where it is written.</summary>
/// <param name="Root">The results folder; the sweep goes under <c>&lt;Root&gt;/&lt;label&gt;/</c>.</param>
/// <param name="Shard">The slice to run.</param>
/// <param name="CreatedUtc">The start time that names the folder (a resumed sweep keeps its first one).</param>
public sealed record SweepJobOptions(string Root, ShardSlice Shard, DateTimeOffset CreatedUtc)
{
    /// <summary>Whether <c>curves.csv</c> keeps every equity curve.</summary>
    public bool KeepCurves { get; init; }

    /// <summary>Whether to complete a stopped sweep of the same grid and slice (else one there is an error).</summary>
    public bool Resume { get; init; }

    /// <summary>Threads running combinations; all cores by default.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;
}
