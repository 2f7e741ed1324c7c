namespace Backtest.Core.Costs;

/// <summary>What a cost model is told about one fill: which ticker, which day, how many, at what market price.</summary>
/// <param name="Ticker">The ticker's index in the panel.</param>
/// <param name="Day">The day's index in the panel.</param>
/// <param name="Quantity">Signed quantity: positive buys, negative sells or shorts.</param>
/// <param name="Price">The market price before slippage.</param>
public readonly record struct TradeInfo(int Ticker, int Day, double Quantity, double Price);
