namespace Backtest.Core.Options;

/// <summary>Where a contract's marks took their volatility from (<c>volSource</c> in options.csv).</summary>
public enum VolatilitySource
{
    /// <summary>Solved from a premium the strategy gave, at the close it first asked for the contract, and kept.</summary>
    Anchored,

    /// <summary>A volatility the strategy gave for the contract, kept for its life.</summary>
    Strategy,

    /// <summary>The fixed volatility of the option settings (<c>vol</c>, <c>vol.TICKER</c>).</summary>
    Fixed,

    /// <summary>The underlying's trailing realised volatility under the option settings' rule, day by day.</summary>
    Realized,
}
