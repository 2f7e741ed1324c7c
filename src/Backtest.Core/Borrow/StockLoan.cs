using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Parameters;

namespace Backtest.Core.Borrow;

/// <summary>
/// The lender's side of a run's shorts, laid over its panel: the rebate paid on short proceeds, the shares available to
/// borrow, recalls and the dated fee stresses, as the engine reads them in its day loop.
/// </summary>
/// <remarks>
/// Arrays are ticker-major like the panel (<c>[ticker * days + day]</c>) and null when nothing is given for any
/// ticker, so a run without borrow data reads nothing. A rebate or an availability of NaN means none given that day:
/// no rebate (the proceeds earn <c>cashRate</c> as cash) and no limit.
/// </remarks>
public sealed class StockLoan
{
    private StockLoan(double[]? rebates, double[]? available, LoanEvent[] events, int recallDays)
    {
        Rebates = rebates;
        Available = available;
        Events = events;
        RecallDays = recallDays;
    }

    /// <summary>No rebates, no limit on borrowing, no recalls, no stresses.</summary>
    public static StockLoan None { get; } = new(null, null, [], 0);

    /// <summary>Annual rebate rates on short proceeds, ticker-major, NaN where none is given; null when none is anywhere.</summary>
    public double[]? Rebates { get; }

    /// <summary>Shares available to borrow, ticker-major, NaN where unlimited; null when unlimited everywhere.</summary>
    public double[]? Available { get; }

    /// <summary>Recalls and fee stresses, by day (and, on a day, in the order given).</summary>
    public IReadOnlyList<LoanEvent> Events { get; }

    /// <summary>Trading days a recalled ticker cannot be shorted, counting the recall's day.</summary>
    public int RecallDays { get; }

    /// <summary>
    /// The stock loan of <paramref name="settings"/> (recalls, dated fees) and <paramref name="schedule"/> (rebates,
    /// availability; null for no borrow data) over <paramref name="panel"/>. A stress dated on or after the run's last day, or a
    /// recall outside the run, is an input error: it would silently change nothing.
    /// </summary>
    public static StockLoan From(EngineSettings settings, PricePanel panel, BorrowSchedule? schedule)
    {
        if (schedule is null && settings.BorrowFee.DatedOverrides.Count == 0 && settings.Recall.Dates.Count == 0)
        {
            // Most runs: nothing dated, nothing to lay out (and nothing allocated for a sweep's thousands of them).
            return None;
        }

        var events = new List<LoanEvent>();
        foreach ((string ticker, DateOnly from, double rate) in settings.BorrowFee.Dated())
        {
            int i = IndexOf(panel, ticker, $"borrowFee.{ticker}@{ParameterText.Format(from)}");
            int day = FirstDayFrom(panel.Dates, from);
            // The last close is followed by no night: a stress from it would charge nothing.
            if (day >= panel.DayCount - 1)
            {
                throw ParameterErrors.Inconsistent($"borrowFee.{ticker}@{ParameterText.Format(from)}", $"{ParameterText.Format(from)} is not before the run's last day {ParameterText.Format(panel.Dates[^1])}, so no night would be charged at it.");
            }

            events.Add(new LoanEvent(day, i, LoanEventKind.FeeStress, from, rate));
        }

        foreach ((string ticker, DateOnly date) in settings.Recall.Dates)
        {
            string name = $"recall.{ticker}";
            int i = IndexOf(panel, ticker, name);
            if (date < panel.Dates[0] || date > panel.Dates[^1])
            {
                throw ParameterErrors.Inconsistent(name, $"{ParameterText.Format(date)} is outside the run ({ParameterText.Format(panel.Dates[0])} to {ParameterText.Format(panel.Dates[^1])}).");
            }

            int day = FirstDayFrom(panel.Dates, date);
            while (day < panel.DayCount && !panel.HasBar(i, day))
            {
                day++;
            }

            if (day == panel.DayCount)
            {
                throw ParameterErrors.Inconsistent(name, $"{ticker} has no price on or after {ParameterText.Format(date)}, so the short could not be bought back.");
            }

            events.Add(new LoanEvent(day, i, LoanEventKind.Recall, date, 0));
        }

        LoanEvent[] ordered = [.. events.OrderBy(e => e.Day)];
        return new StockLoan(
            schedule?.GivenRebates,
            schedule?.GivenAvailable,
            ordered,
            settings.RecallDays);
    }

    /// <summary>The first panel day on or after <paramref name="date"/>; the day count when there is none.</summary>
    internal static int FirstDayFrom(DateOnly[] dates, DateOnly date)
    {
        int found = Array.BinarySearch(dates, date);
        return found >= 0 ? found : ~found;
    }

    private static int IndexOf(PricePanel panel, string ticker, string name)
    {
        int i = panel.IndexOf(ticker);
        return i >= 0 ? i : throw ParameterErrors.TickerNotTraded(name, name, panel.Tickers);
    }
}
