namespace Backtest.Core.Sweeps;

/// <summary>One metric of <c>metrics.json</c> as a column of <c>sweep.csv</c>.</summary>
/// <param name="Name">Its JSON path in <c>metrics.json</c>, camel case with dots (<c>strategy.sharpe</c>, <c>costs.borrowFees</c>).</param>
/// <param name="Kind">How it is written.</param>
public sealed record MetricColumn(string Name, SweepColumnKind Kind);
