using System.Runtime.CompilerServices;
using System.Globalization;
using Backtest.Core.Costs;

namespace Backtest.Core.Engine;

/// <summary>Financing and corporate actions before the open: borrow fees, rebates, cash and margin interest, splits, dividends.</summary>
internal sealed partial class Simulation
{
    // Borrow fees, rebates and interest for the calendar days since the last close, on the book as it stood then, at
    // the rates in force at that close: a position held over a weekend pays three days on Monday.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AccrueFinancing(int t)
    {
        // Summed in locals and booked once: cash is the run's one long chain of dependent additions, so each day
        // adds to it once rather than once per position. Arrays in locals: the JIT reloads fields after every store.
        double yearFraction = _actual360[t];
        double cash = _cash;
        double fees = 0, rebates = 0, rebated = 0;
        double[] quantity = _quantity, close = _close, borrowed = _borrowByTicker, feeRates = _feeRates;
        double[]? rebateRates = _rebates;
        double[] rebatedBy = _rebateByTicker;
        int previous = t - 1, rowStride = _feeRowStride, feeDay = previous * _feeDayStride;
        for (int i = 0; i < quantity.Length; i++)
        {
            double q = quantity[i];
            if (q < 0)
            {
                int at = (i * _days) + previous;
                double proceeds = -q * close[at];
                double fee = Accrual.Over(proceeds, feeRates[(i * rowStride) + feeDay], yearFraction);
                fees += fee;
                borrowed[i] += fee;
                if (rebateRates is not null && !double.IsNaN(rebateRates[at]))
                {
                    double rebate = Accrual.Over(proceeds, rebateRates[at], yearFraction);
                    rebates += rebate;
                    rebatedBy[i] += rebate;
                    rebated += proceeds;
                }
            }
        }

        _cash = NightCash(cash, rebated, fees - rebates, _settings.CashRate, _settings.MarginRate, yearFraction, ref _interest, ref _marginInterest);
        _borrow += fees;
        _rebate += rebates;
    }

    // Cash after a night: cashRate on positive cash less the short proceeds that earn a rebate instead (so no proceeds
    // earn twice), marginRate on negative cash (a margin loan), and the night's fees less rebates. Quiet days write the
    // same arithmetic out for rebated = 0 (they run only without rebates), so both paths give the same bits. Branches
    // rather than selects, and the fees netted first: cash is the run's one long chain of dependent arithmetic, and on
    // most nights this adds one subtraction to it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double NightCash(double cash, double rebated, double feesLessRebates, double cashRate, double marginRate, double yearFraction, ref double interestPaid, ref double loanPaid)
    {
        if (cashRate != 0 && cash > rebated)
        {
            double interest = (cash - rebated) * (cashRate * yearFraction);
            interestPaid += interest;
            return cash + (interest - feesLessRebates);
        }

        if (marginRate != 0 && cash < 0)
        {
            double loan = -cash * (marginRate * yearFraction);
            loanPaid += loan;
            return cash - (loan + feesLessRebates);
        }

        return cash - feesLessRebates;
    }

    // A split takes effect before the open: positions, their entry prices and the orders decided on pre-split prices
    // are resized so that nothing changes in value. With whole shares, the fraction a reverse split leaves is
    // settled in cash at the previous close, as a broker pays cash in lieu.
    private void ApplySplits(int t)
    {
        for (int i = 0; i < _tickers; i++)
        {
            double ratio = Price(_panel.Splits, i, t);
            if (ratio == 0)
            {
                continue;
            }

            double before = _quantity[i];
            double after = before * ratio;
            if (!_settings.Fractional)
            {
                double whole = Math.Truncate(after);
                _cash += (after - whole) * Price(_close, i, t - 1) / ratio;
                after = whole;
            }

            _quantity[i] = after;
            _entryPrice[i] /= ratio;
            _pending[i] = _settings.Fractional ? _pending[i] * ratio : Math.Truncate(_pending[i] * ratio);
            if (before != 0)
            {
                Log(t, RunEventKind.Split, $"split: {_panel.Tickers[i]} {ratio.ToString("0.####", CultureInfo.InvariantCulture)} for 1; " +
                    $"{before.ToString("#,0.####", CultureInfo.InvariantCulture)} shares became {after.ToString("#,0.####", CultureInfo.InvariantCulture)}");
            }
        }
    }

    // On the ex-date, whoever held the position at the previous close receives (long) or pays (short) the dividend.
    private void PayDividends(int t)
    {
        for (int i = 0; i < _tickers; i++)
        {
            double dividend = Price(_panel.Dividends, i, t);
            if (dividend == 0 || _quantity[i] == 0)
            {
                continue;
            }

            double amount = _quantity[i] * dividend;
            _cash += amount;
            _dividendsByTicker[i] += amount;
            if (amount > 0)
            {
                _dividendsReceived += amount;
            }
            else
            {
                _dividendsPaid -= amount;
            }
        }
    }
}
