using Backtest.Core.Costs;

namespace Backtest.Core.Engine;

/// <summary>
/// Quiet days, most of a run: nothing happens before the close, so one pass over the book accrues its financing, values
/// it and records it.
/// </summary>
/// <remarks>
/// A day is quiet when it has no split or dividend, no order or margin cut waits for its open, no option is held, the
/// strategy does not decide at its close, no recall or fee stress falls on it, fills are at the open and no rebate is paid
/// (the borrow data of few runs has rebates, and their sums would crowd the registers of every other run). Then the book
/// that accrued overnight is the book at the close, and <see cref="RunQuietDays"/> runs a stretch of such days with the
/// account in locals: the day-to-day chain of cash stays in a register instead of going through memory twice a day.
/// It adds in the same order as AccrueFinancing, Value and Record, so the numbers are the same to the last bit.
/// </remarks>
internal sealed partial class Simulation
{
    // Whether a day can be quiet at all: fills at the open, no rebates (and the caller did not ask for every step every day).
    private readonly bool _quietDaysPossible;

    private bool CanRunQuietly(int t) =>
        _quietDaysPossible && !_ordersPending && !_marginCallPending && _options.Count == 0 && !_eventDays[t] && !_decisionDays[t] && t < _loanEventDay;

    // Runs quiet days from t while they last (to a corporate action, a decision, a margin call, a stop or ruin) and
    // returns the first day it did not run.
    private int RunQuietDays(int t)
    {
        double[] quantity = _quantity, close = _close, borrowed = _borrowByTicker, positions = _positions;

        // Each night's rates in a small array the inner loop reads as it read one fixed rate per ticker: a dated model's
        // are copied in once a day, a constant model's array is the model's own.
        double[] feeRates = _feeRates, nightRates = _feeDayStride == 0 ? feeRates : _nightRates;
        bool dated = _feeDayStride != 0;
        double[] longMargin = _longMargin, shortMargin = _shortMargin, actual360 = _actual360;
        double[] equityAt = _equityAt, cashAt = _cashAt, longAt = _longAt, shortAt = _shortAt, optionValueAt = _optionValueAt, optionDeltaAt = _optionDeltaAt;
        double cashRate = _settings.CashRate, marginRate = _settings.MarginRate, stopLoss = _settings.StopLoss;
        double cash = _cash, interestPaid = _interest, borrowPaid = _borrow, loanPaid = _marginInterest;
        int days = _days;
        _optionValue = 0;
        _optionDelta = 0;
        do
        {
            double yearFraction = actual360[t];
            double fees = 0, longs = 0, shorts = 0, requirement = 0;
            if (dated)
            {
                for (int i = 0; i < nightRates.Length; i++)
                {
                    nightRates[i] = feeRates[(i * days) + t - 1];
                }
            }

            for (int i = 0; i < quantity.Length; i++)
            {
                double q = quantity[i];
                int at = (i * days) + t;
                positions[at] = q;
                if (q > 0)
                {
                    double value = q * close[at];
                    longs += value;
                    requirement += longMargin[i] * value;
                }
                else if (q < 0)
                {
                    double fee = Accrual.Over(-q * close[at - 1], nightRates[i], yearFraction);
                    fees += fee;
                    borrowed[i] += fee;

                    double value = q * close[at];
                    shorts += value;
                    requirement -= shortMargin[i] * value;
                }
            }

            // NightCash without rebates, written out: as a call with ref sums it cost W 8% (the sums left their registers).
            if (cashRate != 0 && cash > 0)
            {
                double interest = cash * (cashRate * yearFraction);
                interestPaid += interest;
                cash += interest - fees;
            }
            else if (marginRate != 0 && cash < 0)
            {
                double loan = -cash * (marginRate * yearFraction);
                loanPaid += loan;
                cash -= loan + fees;
            }
            else
            {
                cash -= fees;
            }

            borrowPaid += fees;
            double equity = cash + longs + shorts + 0.0;
            if (equity <= 0 || equity < requirement || stopLoss > 0 || !double.IsFinite(equity))
            {
                // Something may happen at this close: the account goes back to its fields for the steps that see it.
                _cash = cash;
                _interest = interestPaid;
                _borrow = borrowPaid;
                _marginInterest = loanPaid;
                _requirement = requirement;
                if (!double.IsFinite(equity))
                {
                    throw NotFinite(t, equity, longs, shorts);
                }

                if (equity <= 0)
                {
                    EndInRuin(t, equity);
                    return t + 1;
                }

                CheckMargin(t, equity, longs, shorts);
                if (stopLoss > 0)
                {
                    CheckStops(t);
                }
            }

            equityAt[t] = equity;
            cashAt[t] = cash;
            longAt[t] = longs;
            shortAt[t] = shorts;
            optionValueAt[t] = 0;
            optionDeltaAt[t] = 0;
            t++;
        }
        while (t < days && CanRunQuietly(t));

        _cash = cash;
        _interest = interestPaid;
        _borrow = borrowPaid;
        _marginInterest = loanPaid;
        return t;
    }
}
