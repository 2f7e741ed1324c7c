namespace Backtest.Core.Costs;

/// <summary>The annual fee for borrowing shares to short: a seam for per-ticker and, later, time-varying rates and recalls.</summary>
public interface IBorrowFeeModel
{
    /// <summary>The annual borrow rate (0.005 is 0.5%) of ticker <paramref name="ticker"/> on day <paramref name="day"/>.</summary>
    double AnnualRate(int ticker, int day);

    /// <summary>Whether a ticker's rate can change from day to day; when it cannot, the engine asks once per run, not every night.</summary>
    bool VariesByDay => true;
}
