namespace Backtest.Core.Engine;

/// <summary>The kinds of notable things that happen in a run.</summary>
public enum RunEventKind
{
    /// <summary>Orders were scaled down to respect the leverage cap.</summary>
    LeverageCapped,

    /// <summary>Equity fell below the maintenance requirement at a close.</summary>
    MarginCall,

    /// <summary>A position hit its stop.</summary>
    Stop,

    /// <summary>An order for a ticker that was not trading was dropped.</summary>
    NotTrading,

    /// <summary>Equity reached zero: everything was closed and the run stopped.</summary>
    Ruin,

    /// <summary>A split resized a position (raw prices only).</summary>
    Split,

    /// <summary>An option's volatility was solved from the premium its strategy anchored it to.</summary>
    Anchor,

    /// <summary>An option held at its expiry close was exercised or expired worthless.</summary>
    Expiry,

    /// <summary>The lender recalled a ticker's shares: the short was bought back at the open, and new shorts are blocked for a while.</summary>
    Recall,

    /// <summary>An order was cut to the shares available to borrow (or to none, while a recall blocks the ticker).</summary>
    BorrowLimit,

    /// <summary>A borrow fee the user set from a date (a stress) took effect.</summary>
    BorrowFee,
}
