namespace Backtest.Core.Runs;

/// <summary>How the prices in a data folder are adjusted.</summary>
public enum PriceAdjustment
{
    /// <summary>Split-adjusted (not dividend-adjusted): splits are already in the prices.</summary>
    Adjusted,

    /// <summary>As traded: splits happen to positions on their dates.</summary>
    Raw,
}
