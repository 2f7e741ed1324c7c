namespace Backtest.Core.Costs;

/// <summary>How far a fill lands from the market price, against the trader.</summary>
public interface ISlippageModel
{
    /// <summary>The price <paramref name="trade"/> actually fills at.</summary>
    double FillPrice(in TradeInfo trade);
}
