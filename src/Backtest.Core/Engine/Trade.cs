namespace Backtest.Core.Engine;

/// <summary>One fill.</summary>
/// <param name="Day">The day's index in the run.</param>
/// <param name="Ticker">The ticker's index in the panel.</param>
/// <param name="Quantity">Signed quantity: positive bought, negative sold or shorted.</param>
/// <param name="Price">The fill price, slippage included.</param>
/// <param name="Commission">The commission paid.</param>
/// <param name="Slippage">What slippage cost, in money: |quantity| x |fill price - market price|.</param>
/// <param name="Reason">Why it happened.</param>
public readonly record struct Trade(int Day, int Ticker, double Quantity, double Price, double Commission, double Slippage, TradeReason Reason);
