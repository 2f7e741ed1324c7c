using System.Globalization;
using Backtest.Core.Borrow;

namespace Backtest.Core.Engine;

/// <summary>The lender's side at the open: recalls, fee stresses taking effect, and shorts cut to the shares available to borrow.</summary>
internal sealed partial class Simulation
{
    // The recalls and fee stresses of day t, in the order given; then the day of the next.
    private void ApplyLoanEvents(int t)
    {
        while (_nextLoanEvent < _loanEvents.Count && _loanEvents[_nextLoanEvent].Day == t)
        {
            LoanEvent loanEvent = _loanEvents[_nextLoanEvent++];
            string ticker = _panel.Tickers[loanEvent.Ticker];
            if (loanEvent.Kind == LoanEventKind.Recall)
            {
                Recall(t, loanEvent.Ticker);
            }
            else
            {
                Log(t, RunEventKind.BorrowFee, $"borrow fee: {ticker} at {Percent(loanEvent.Rate)} a year from this close (stress borrowFee.{ticker}@{loanEvent.Date:yyyy-MM-dd})");
            }
        }

        _loanEventDay = _nextLoanEvent < _loanEvents.Count ? _loanEvents[_nextLoanEvent].Day : int.MaxValue;
    }

    // The lender wants the shares back: a short is bought back at this open, whatever the strategy had ordered for the
    // ticker is dropped (it was sized on the short), and no new short fills for the stock loan's recall days.
    private void Recall(int t, int i)
    {
        int recallDays = _models.Loan.RecallDays;
        _shortBlockedUntil[i] = t + recallDays;
        string ticker = _panel.Tickers[i];
        string until = t + recallDays < _days ? $"{_panel.Dates[t + recallDays]:yyyy-MM-dd}" : "the end of the run";
        double q = _quantity[i];
        if (q >= 0)
        {
            Log(t, RunEventKind.Recall, $"recall: the lender recalled {ticker}; no short was held; no new short until {until}");
            return;
        }

        bool dropped = _pending[i] != 0;
        _pending[i] = 0;
        double open = Price(_panel.Open, i, t);
        Execute(i, t, -q, open, TradeReason.Recall);
        Log(t, RunEventKind.Recall, $"recall: the lender recalled {ticker}; the short of {Count(-q)} shares was bought back at the open ({Money(open)})" +
            $"{(dropped ? ", the order waiting for it dropped" : string.Empty)}; no new short until {until}");
    }

    // A strategy's order that would take ticker i's short beyond what can be borrowed at t is cut to it: to the shares
    // available (a short already larger is kept, not added to), or to no new short while a recall blocks the ticker.
    private double WithinBorrowLimit(int i, int t, double quantity)
    {
        bool recalled = _shortBlockedUntil.Length > 0 && t < _shortBlockedUntil[i];
        double available = recalled ? 0 : _available is null ? double.NaN : _available[(i * _days) + t];
        double before = _quantity[i];
        double after = before + quantity;
        if (double.IsNaN(available) || after >= 0)
        {
            return quantity;
        }

        double largest = RoundQuantity(Math.Max(available, Math.Max(0, -before)));
        if (-after <= largest)
        {
            return quantity;
        }

        double got = -largest - before;
        string ticker = _panel.Tickers[i];
        string why = recalled
            ? $"{ticker} is recalled until {(_shortBlockedUntil[i] < _days ? $"{_panel.Dates[_shortBlockedUntil[i]]:yyyy-MM-dd}" : "the end of the run")}"
            : $"{Count(available)} {ticker} shares are available to borrow";
        Log(t, RunEventKind.BorrowLimit, $"borrow limit: {why}; the order for a short of {Count(-after)} shares was cut to a short of {Count(largest)}");
        return got;
    }

    private static string Percent(double rate) => (rate * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
