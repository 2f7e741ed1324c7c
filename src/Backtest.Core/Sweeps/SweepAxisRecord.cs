namespace Backtest.Core.Sweeps;

/// <summary>One axis of the grid in <c>sweep.json</c>.</summary>
/// <param name="Name">The parameter.</param>
/// <param name="Spec">The spec as typed.</param>
/// <param name="Count">Its number of values.</param>
/// <param name="Values">Its values in grid order, or null when there are more than <see cref="MaxListed"/> (the spec gives them).</param>
public sealed record SweepAxisRecord(string Name, string Spec, int Count, IReadOnlyList<string>? Values)
{
    /// <summary>The most values listed: a finer grid is known by its spec, and its record stays small.</summary>
    public const int MaxListed = 1000;
}
