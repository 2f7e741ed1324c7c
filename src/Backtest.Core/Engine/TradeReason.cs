namespace Backtest.Core.Engine;

/// <summary>Why a trade happened.</summary>
public enum TradeReason
{
    /// <summary>The strategy asked for it.</summary>
    Rebalance,

    /// <summary>A per-position stop closed it.</summary>
    Stop,

    /// <summary>A margin call cut it.</summary>
    MarginCall,

    /// <summary>Equity reached zero and everything was closed.</summary>
    Ruin,

    /// <summary>An option in the money at its expiry close was exercised and the delivered shares closed at that close.</summary>
    Exercise,

    /// <summary>An option out of the money at its expiry close expired worthless.</summary>
    Expiry,

    /// <summary>The lender recalled the shares and the short was bought back at the open.</summary>
    Recall,
}
