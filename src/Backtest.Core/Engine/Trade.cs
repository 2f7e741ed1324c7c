namespace Backtest.Core.Engine;

/// <summary>One fill.</summary>
/// <param name="Day">The day's index in the run.</param>
/// <param name="Instrument">The instrument: a ticker's index in the panel, or for an option the panel's ticker count plus the option's index in <see cref="BacktestResult.Options"/>.</param>
/// <param name="Quantity">Signed quantity, in shares or contracts: positive bought, negative sold or shorted.</param>
/// <param name="Price">The fill price per share (an option's premium), slippage or half spread included.</param>
/// <param name="Commission">The commission paid.</param>
/// <param name="Slippage">What slippage (or the spread) cost, in money: |quantity| x multiplier x |fill price - market price|.</param>
/// <param name="Reason">Why it happened.</param>
/// <param name="Multiplier">Shares per unit of quantity: 1 for shares, 100 for option contracts.</param>
public readonly record struct Trade(int Day, int Instrument, double Quantity, double Price, double Commission, double Slippage, TradeReason Reason, double Multiplier = 1)
{
    /// <summary>The money that changed hands before commission: quantity x multiplier x price (negative for a sale).</summary>
    public double Value => Quantity * Multiplier * Price;
}
