namespace Backtest.Core.Download;

/// <summary>One trading day as downloaded: split-adjusted prices, not dividend-adjusted, as the loader expects.</summary>
/// <param name="Date">The trading day, in the exchange's calendar.</param>
/// <param name="Open">Opening price.</param>
/// <param name="High">High.</param>
/// <param name="Low">Low.</param>
/// <param name="Close">Closing price.</param>
/// <param name="Volume">Shares traded (0 when the provider gives none).</param>
public readonly record struct DailyBar(DateOnly Date, double Open, double High, double Low, double Close, double Volume);
