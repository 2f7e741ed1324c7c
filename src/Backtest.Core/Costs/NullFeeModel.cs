namespace Backtest.Core.Costs;

/// <summary>No commission.</summary>
public sealed class NullFeeModel : IFeeModel
{
    /// <summary>The one instance.</summary>
    public static readonly NullFeeModel Instance = new();

    private NullFeeModel()
    {
    }

    /// <inheritdoc/>
    public double Commission(in TradeInfo trade, double fillPrice) => 0;
}
