namespace Backtest.Core.Costs;

/// <summary>Fills at the market price.</summary>
public sealed class NullSlippageModel : ISlippageModel
{
    /// <summary>The one instance.</summary>
    public static readonly NullSlippageModel Instance = new();

    private NullSlippageModel()
    {
    }

    /// <inheritdoc/>
    public double FillPrice(in TradeInfo trade) => trade.Price;
}
