namespace Backtest.Core.Costs;

/// <summary>A per-share commission with a minimum and a cap in % of trade value, as Interactive Brokers' fixed schedule.</summary>
/// <remarks>The cap wins over the minimum: a $20 trade at IB pays 0.5% of $20, not $1.</remarks>
/// <param name="PerShare">Money per share (IB fixed: 0.005).</param>
/// <param name="Minimum">Least commission per order (IB fixed: 1.00).</param>
/// <param name="MaxFractionOfValue">Most commission as a fraction of trade value (0.005 is 0.5%).</param>
public sealed record PerShareFeeModel(double PerShare, double Minimum, double MaxFractionOfValue) : IFeeModel
{
    /// <inheritdoc/>
    public double Commission(in TradeInfo trade, double fillPrice) =>
        Compute(Math.Abs(trade.Quantity), Math.Abs(trade.Quantity) * fillPrice, PerShare, Minimum, MaxFractionOfValue);

    /// <summary>The commission for <paramref name="shares"/> worth <paramref name="value"/>: per share, at least the minimum, at most the cap.</summary>
    public static double Compute(double shares, double value, double perShare, double minimum, double maxFractionOfValue)
    {
        if (shares == 0)
        {
            return 0;
        }

        double fee = Math.Max(shares * perShare, minimum);
        return Math.Min(fee, value * maxFractionOfValue);
    }
}
