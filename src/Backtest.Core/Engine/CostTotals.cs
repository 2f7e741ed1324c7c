namespace Backtest.Core.Engine;

/// <summary>Where the money went over a run; every amount is positive money, but cash interest and the rebate, which follow the sign of their rates.</summary>
/// <param name="Commission">Commissions paid.</param>
/// <param name="Slippage">Slippage paid.</param>
/// <param name="BorrowFees">Borrow fees paid on shorts.</param>
/// <param name="DividendsPaid">Dividends paid on shorts.</param>
/// <param name="DividendsReceived">Dividends received on longs.</param>
/// <param name="CashInterest">Interest received on cash (negative if the rate was).</param>
/// <param name="MarginCalls">Margin calls issued.</param>
/// <param name="Stops">Positions closed by their stop.</param>
public sealed record CostTotals(
    double Commission,
    double Slippage,
    double BorrowFees,
    double DividendsPaid,
    double DividendsReceived,
    double CashInterest,
    int MarginCalls,
    int Stops)
{
    /// <summary>Rebate credited on short proceeds by the lender (negative when the rebate rate was: a hard-to-borrow name).</summary>
    public double BorrowRebate { get; init; }

    /// <summary>Interest paid on negative cash, a margin loan.</summary>
    public double MarginInterest { get; init; }
}
