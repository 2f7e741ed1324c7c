namespace Backtest.Core.Sweeps;

/// <summary>The slice a shard ran, in <c>sweep.json</c>.</summary>
/// <param name="Index">K, from 1.</param>
/// <param name="Count">N.</param>
/// <param name="First">Its first combination's index.</param>
/// <param name="End">One past its last combination's index.</param>
public sealed record SweepShardRecord(int Index, int Count, long First, long End);
