namespace Backtest.Reporting.Input;

/// <summary>One row of a saved <c>trades.csv</c>.</summary>
/// <param name="Date">The fill's day.</param>
/// <param name="Ticker">The ticker.</param>
/// <param name="Quantity">Signed quantity.</param>
/// <param name="Price">Fill price, slippage included.</param>
/// <param name="Commission">Commission paid.</param>
/// <param name="Slippage">Slippage paid.</param>
/// <param name="Reason">rebalance, stop, margin-call or ruin.</param>
public sealed record SavedTrade(DateOnly Date, string Ticker, double Quantity, double Price, double Commission, double Slippage, string Reason);
