namespace Backtest.Core.Download;

/// <summary>A day the provider listed but that was left out of the written file, and why.</summary>
/// <param name="Date">The day.</param>
/// <param name="Reason">Why, e.g. "no prices" for a day of nulls.</param>
public readonly record struct SkippedDay(DateOnly Date, string Reason);
