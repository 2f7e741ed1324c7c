namespace Backtest.Core.Costs;

/// <summary>The broker's commission on a fill.</summary>
public interface IFeeModel
{
    /// <summary>The commission, in money, for <paramref name="trade"/> filled at <paramref name="fillPrice"/>.</summary>
    double Commission(in TradeInfo trade, double fillPrice);
}
