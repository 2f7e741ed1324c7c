namespace Backtest.Core.Options;

/// <summary>Where a contract's volatility comes from when the strategy did not anchor it to a premium.</summary>
public enum VolatilityModel
{
    /// <summary>The underlying's trailing realised volatility, times a multiplier, with a floor; moves every day.</summary>
    Realized,

    /// <summary>One fixed implied volatility per underlying (<c>vol</c>, <c>vol.PLTR</c>).</summary>
    Fixed,
}
