namespace Backtest.Core.Costs;

/// <summary>Options fill at the model price plus (buys) or minus (sells) half a bid-ask spread quoted as a share of the premium.</summary>
/// <param name="Fraction">The whole spread as a fraction of the premium (0.05 = 5%).</param>
/// <param name="Tick">The least spread, one price increment (0.01 for US options).</param>
public sealed record BidAskSpreadModel(double Fraction, double Tick = 0.01) : ISlippageModel
{
    /// <inheritdoc/>
    /// <remarks><see cref="TradeInfo.Price"/> is the model premium per share; a sale never fills below zero.</remarks>
    public double FillPrice(in TradeInfo trade) => Apply(trade.Price, trade.Quantity, Fraction, Tick);

    /// <summary>The fill of a trade of sign <paramref name="quantity"/> at model premium <paramref name="mid"/>.</summary>
    public static double Apply(double mid, double quantity, double fraction, double tick)
    {
        double half = Math.Max(fraction * mid, tick) / 2;
        return Math.Max(0, mid + (quantity > 0 ? half : -half));
    }
}
