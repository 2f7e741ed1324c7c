namespace Backtest.Core.Download;

/// <summary>A stock split on its effective day: each <see cref="Denominator"/> old shares became <see cref="Numerator"/> new ones.</summary>
/// <param name="Date">The first trading day at the new share count.</param>
/// <param name="Numerator">New shares (10 in NVDA's 10:1 split of 2024-06-10).</param>
/// <param name="Denominator">Old shares (1 in NVDA's 10:1 split; 20 in a 1:20 reverse split).</param>
public readonly record struct StockSplit(DateOnly Date, double Numerator, double Denominator);
