namespace Backtest.Reporting.Input;

/// <summary>One row of a saved <c>trades.csv</c>: a fill of shares, or of option contracts.</summary>
/// <param name="Date">The fill's day.</param>
/// <param name="Ticker">The ticker (an option's underlying).</param>
/// <param name="Contract">The option's contract name (<c>PLTR 2027-01-15 P 50</c>), or empty for shares.</param>
/// <param name="Quantity">Signed quantity, in shares or contracts.</param>
/// <param name="Price">Fill price per share (an option's premium), slippage or half spread included.</param>
/// <param name="Multiplier">Shares per unit of quantity: 1 for shares, 100 for option contracts.</param>
/// <param name="Value">Money that changed hands before commission: quantity x multiplier x price.</param>
/// <param name="Commission">Commission paid.</param>
/// <param name="Slippage">Slippage (or half spread) paid.</param>
/// <param name="Reason">rebalance, stop, margin-call, ruin, exercise or expiry.</param>
public sealed record SavedTrade(
    DateOnly Date,
    string Ticker,
    string Contract,
    double Quantity,
    double Price,
    double Multiplier,
    double Value,
    double Commission,
    double Slippage,
    string Reason)
{
    /// <summary>Whether the fill was of option contracts.</summary>
    public bool IsOption => Contract.Length > 0;

    /// <summary>What was traded: the contract's name for an option, else the ticker.</summary>
    public string Instrument => IsOption ? Contract : Ticker;
}
