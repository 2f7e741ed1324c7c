namespace Backtest.Core.Costs;

/// <summary>
/// Interactive Brokers' fixed option commission: per contract by premium tier, with a minimum per order.
/// </summary>
/// <remarks>IB charges 0.65 a contract for premiums of 0.10 and more, 0.50 from 0.05, 0.25 below 0.05, and at least 1.00 an order.
/// Each lower tier is capped at <paramref name="PerContract"/>, so a zero rate makes options commission-free.</remarks>
/// <param name="PerContract">Money per contract for premiums of 0.10 and more (IB: 0.65).</param>
/// <param name="Minimum">Least commission per order (IB: 1.00).</param>
public sealed record PerContractFeeModel(double PerContract, double Minimum) : IFeeModel
{
    /// <summary>IB's schedule as published.</summary>
    public static PerContractFeeModel InteractiveBrokers { get; } = new(0.65, 1);

    /// <inheritdoc/>
    /// <remarks><see cref="TradeInfo.Quantity"/> is in contracts and <paramref name="fillPrice"/> is the premium per share.</remarks>
    public double Commission(in TradeInfo trade, double fillPrice) => Compute(Math.Abs(trade.Quantity), fillPrice, PerContract, Minimum);

    /// <summary>The commission for <paramref name="contracts"/> at <paramref name="premium"/> a share.</summary>
    public static double Compute(double contracts, double premium, double perContract, double minimum)
    {
        if (contracts == 0)
        {
            return 0;
        }

        double rate = premium >= 0.10 ? perContract : premium >= 0.05 ? Math.Min(0.50, perContract) : Math.Min(0.25, perContract);
        return Math.Max(contracts * rate, minimum);
    }
}
