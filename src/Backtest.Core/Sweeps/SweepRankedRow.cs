namespace Backtest.Core.Sweeps;

/// <summary>One row of the ranking printed at the end of a sweep.</summary>
/// <param name="Index">The combination's grid index.</param>
/// <param name="Values">Its value of each varied parameter.</param>
/// <param name="Metrics">Its metrics, in <see cref="MetricColumns.All"/>'s order.</param>
public sealed record SweepRankedRow(long Index, IReadOnlyList<string> Values, double[] Metrics);
