namespace Backtest.Core.Sweeps;

/// <summary>One axis of the grid in <c>sweep.json</c>.</summary>
/// <param name="Name">The parameter.</param>
/// <param name="Spec">The spec as typed.</param>
/// <param name="Values">Its values in grid order.</param>
public sealed record SweepAxisRecord(string Name, string Spec, IReadOnlyList<string> Values);
