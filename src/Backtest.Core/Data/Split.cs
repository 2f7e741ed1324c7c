namespace Backtest.Core.Data;

/// <summary>A stock split, effective at the open of its date: each share held becomes <see cref="Ratio"/> shares.</summary>
/// <param name="Date">The first day the shares trade split (positions held at the previous close are resized before the open).</param>
/// <param name="Ratio">New shares per old share: 10 for a 10-for-1 split, 0.1 for a 1-for-10 reverse split.</param>
public readonly record struct Split(DateOnly Date, double Ratio);
