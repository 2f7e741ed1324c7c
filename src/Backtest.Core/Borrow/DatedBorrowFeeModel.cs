using Backtest.Core.Costs;

namespace Backtest.Core.Borrow;

/// <summary>
/// A borrow rate that follows dated borrow data where it has a fee, the constant rate per ticker elsewhere, and the
/// user's fee stresses over both from their day on.
/// </summary>
/// <remarks>Every ticker's rate on every day is laid out once, when the model is made, so the day loop reads an array.</remarks>
public sealed class DatedBorrowFeeModel : IBorrowFeeModel
{
    private readonly double[] _rates;
    private readonly int _days;

    /// <summary>
    /// Creates the model from <paramref name="schedule"/> and one constant annual rate per panel ticker
    /// (<c>borrowFee</c>, or <c>borrowFee.TICKER</c>) for the days the schedule gives no fee.
    /// </summary>
    public DatedBorrowFeeModel(BorrowSchedule schedule, double[] constantRates)
        : this(schedule, constantRates, schedule.Days, [])
    {
    }

    /// <summary>
    /// Creates the model over <paramref name="days"/> panel days from <paramref name="schedule"/> (null for no data), one
    /// constant rate per ticker, and the <see cref="LoanEventKind.FeeStress"/> events among <paramref name="events"/>:
    /// a stress holds from its day until the ticker's next stress, over the data and the constant rate.
    /// </summary>
    public DatedBorrowFeeModel(BorrowSchedule? schedule, double[] constantRates, int days, IReadOnlyList<LoanEvent> events)
    {
        if (schedule is not null && (constantRates.Length != schedule.TickerCount || days != schedule.Days))
        {
            throw new ArgumentException($"expected {schedule.TickerCount} constant rates, one per panel ticker, over {schedule.Days} days; got {constantRates.Length} over {days}.", nameof(constantRates));
        }

        _days = days;
        _rates = new double[constantRates.Length * days];
        ReadOnlySpan<double> fees = schedule is null ? default : schedule.Fees;
        for (int i = 0; i < constantRates.Length; i++)
        {
            for (int t = 0; t < days; t++)
            {
                int at = (i * days) + t;
                double fee = fees.IsEmpty ? double.NaN : fees[at];
                _rates[at] = double.IsNaN(fee) ? constantRates[i] : fee;
            }
        }

        foreach (LoanEvent stress in events)
        {
            if (stress.Kind != LoanEventKind.FeeStress)
            {
                continue;
            }

            // Events are by day, so a later stress of the same ticker overwrites from its own day on.
            _rates.AsSpan((stress.Ticker * days) + stress.Day, days - stress.Day).Fill(stress.Rate);
        }
    }

    /// <inheritdoc/>
    public double AnnualRate(int ticker, int day) => _rates[(ticker * _days) + day];

    /// <inheritdoc/>
    public bool VariesByDay => true;

    /// <inheritdoc/>
    public double[]? RatesByDay => _rates;
}
