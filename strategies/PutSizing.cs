namespace Backtest.Strategies;

/// <summary>How a put strategy decides how many contracts to buy.</summary>
public enum PutSizing
{
    /// <summary>By notional: contracts x 100 x spot as a share of equity, as a 13F reports puts.</summary>
    Notional,

    /// <summary>By premium: the money spent on the puts as a share of equity.</summary>
    Premium,
}
