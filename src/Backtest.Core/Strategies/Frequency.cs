namespace Backtest.Core.Strategies;

/// <summary>How often a strategy decides.</summary>
public enum Frequency
{
    /// <summary>Once, on the first trading day on or after the schedule's start.</summary>
    None,

    /// <summary>Every trading day from the start.</summary>
    Daily,

    /// <summary>On the start, then on the first trading day of each week.</summary>
    Weekly,

    /// <summary>On the start, then on the first trading day of each month.</summary>
    Monthly,

    /// <summary>On the start, then on the first trading day of each quarter.</summary>
    Quarterly,
}
