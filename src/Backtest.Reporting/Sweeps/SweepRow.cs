namespace Backtest.Reporting.Sweeps;

/// <summary>One combination of a sweep, as a line of <c>sweep.csv</c>.</summary>
/// <param name="Index">Its <c>index</c>: the place of the combination in grid order.</param>
/// <param name="Levels">For each varied parameter, the index of its value in <see cref="SweepParameter.Values"/>.</param>
/// <param name="Value">The metric; NaN when the combination failed or its metric is missing or NaN.</param>
/// <param name="Line">The line of <c>sweep.csv</c> it came from.</param>
internal sealed record SweepRow(int Index, int[] Levels, double Value, int Line)
{
    /// <summary>Whether the combination has a metric to draw.</summary>
    public bool HasValue => double.IsFinite(Value);
}
