namespace Backtest.Core.Costs;

/// <summary>A fixed slippage in basis points of the price: buys fill higher, sells lower.</summary>
/// <param name="BasisPoints">Slippage in 1/100 of a percent (5 = 0.05%).</param>
public sealed record BasisPointSlippageModel(double BasisPoints) : ISlippageModel
{
    /// <inheritdoc/>
    public double FillPrice(in TradeInfo trade) => Apply(trade.Price, trade.Quantity, BasisPoints);

    /// <summary>The price after <paramref name="basisPoints"/> of adverse slippage for a trade of sign <paramref name="quantity"/>.</summary>
    public static double Apply(double price, double quantity, double basisPoints) =>
        price * (1 + ((quantity > 0 ? basisPoints : -basisPoints) / 10_000));
}
