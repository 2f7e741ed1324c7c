namespace Backtest.Core.Costs;

/// <summary>The annual fee for borrowing shares to short, per ticker and day: the seam for brokers' and lenders' rates.</summary>
/// <remarks>The rate in force at a close is charged for the nights from that close to the next, on the short's value at that close.</remarks>
public interface IBorrowFeeModel
{
    /// <summary>The annual borrow rate (0.005 is 0.5%) of ticker <paramref name="ticker"/> in force at the close of day <paramref name="day"/>.</summary>
    double AnnualRate(int ticker, int day);

    /// <summary>Whether a ticker's rate can change from day to day; when it cannot, the engine asks once per run, not every night.</summary>
    bool VariesByDay => true;

    /// <summary>
    /// Every ticker's rate on every day, ticker-major (<c>[ticker * days + day]</c>), when the model holds them laid out;
    /// null to be asked through <see cref="AnnualRate"/> once per ticker and day when a run starts.
    /// </summary>
    double[]? RatesByDay => null;
}
