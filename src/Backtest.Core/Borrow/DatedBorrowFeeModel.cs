using Backtest.Core.Costs;

namespace Backtest.Core.Borrow;

/// <summary>A borrow rate that follows dated borrow data where it has a fee, and the constant rate per ticker elsewhere.</summary>
public sealed class DatedBorrowFeeModel : IBorrowFeeModel
{
    private readonly BorrowSchedule _schedule;
    private readonly double[] _constantRates;

    /// <summary>
    /// Creates the model from <paramref name="schedule"/> and one constant annual rate per panel ticker
    /// (<c>borrowFee</c>, or <c>borrowFee.TICKER</c>) for the days the schedule gives no fee.
    /// </summary>
    public DatedBorrowFeeModel(BorrowSchedule schedule, double[] constantRates)
    {
        if (constantRates.Length != schedule.TickerCount)
        {
            throw new ArgumentException($"expected {schedule.TickerCount} constant rates, one per panel ticker, got {constantRates.Length}.", nameof(constantRates));
        }

        _schedule = schedule;
        _constantRates = constantRates;
    }

    /// <inheritdoc/>
    public double AnnualRate(int ticker, int day)
    {
        double fee = _schedule.Fee(ticker, day);
        return double.IsNaN(fee) ? _constantRates[ticker] : fee;
    }

    /// <inheritdoc/>
    public bool VariesByDay => true;
}
