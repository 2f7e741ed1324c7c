namespace Backtest.Core.Data;

/// <summary>Prices of several tickers on one calendar, as flat ticker-major arrays: what the engine runs on.</summary>
/// <remarks>
/// Element <c>[i * DayCount + t]</c> is ticker <c>i</c> on day <c>t</c>. <see cref="Open"/> is NaN where a ticker has
/// no bar (it cannot trade that day); <see cref="Close"/> is carried forward over such gaps so positions can be
/// valued, and NaN before a ticker's first bar. The engine takes any panel: loaded from files, or a synthetic path.
/// </remarks>
public sealed class PricePanel
{
    /// <summary>Creates a panel; checks that the arrays have the shapes the tickers and dates imply.</summary>
    public PricePanel(IReadOnlyList<string> tickers, DateOnly[] dates, double[] open, double[] close, double[] dividends, double[]? splits = null)
    {
        int size = tickers.Count * dates.Length;
        splits ??= new double[size];
        if (open.Length != size || close.Length != size || dividends.Length != size || splits.Length != size)
        {
            throw new ArgumentException($"panel arrays must hold {tickers.Count} tickers x {dates.Length} days = {size} values");
        }

        Tickers = tickers;
        Dates = dates;
        Open = open;
        Close = close;
        Dividends = dividends;
        Splits = splits;
        DayNumbers = new int[dates.Length];
        for (int t = 0; t < dates.Length; t++)
        {
            DayNumbers[t] = dates[t].DayNumber;
        }

        Actual360 = new double[dates.Length];
        for (int t = 1; t < dates.Length; t++)
        {
            Actual360[t] = (DayNumbers[t] - DayNumbers[t - 1]) / Costs.Accrual.DaysPerYear;
        }

        EventDays = new bool[dates.Length];
        for (int k = 0; k < size; k++)
        {
            if (dividends[k] != 0 || splits[k] != 0)
            {
                EventDays[k % dates.Length] = true;
            }
        }

        FirstDay = new int[tickers.Count];
        LastDay = new int[tickers.Count];
        for (int i = 0; i < tickers.Count; i++)
        {
            FirstDay[i] = FindFirstPriced(close, i * dates.Length, dates.Length);
            LastDay[i] = FindLastBar(open, i * dates.Length, dates.Length);
        }
    }

    private int[]? _monthEnds;
    private readonly Dictionary<Strategies.Schedule, bool[]> _decisionDays = [];
    private readonly Lock _gate = new();

    /// <summary>The tickers, in the order of the arrays' rows.</summary>
    public IReadOnlyList<string> Tickers { get; }

    /// <summary>The trading days, increasing.</summary>
    public DateOnly[] Dates { get; }

    /// <summary>Day numbers of <see cref="Dates"/> (days since 0001-01-01), for calendar-day accruals.</summary>
    public int[] DayNumbers { get; }

    /// <summary>Opening prices, NaN where the ticker has no bar.</summary>
    public double[] Open { get; }

    /// <summary>Closing prices, carried forward over gaps, NaN before the first bar.</summary>
    public double[] Close { get; }

    /// <summary>Cash dividend per share with its ex-date on that day, else 0.</summary>
    public double[] Dividends { get; }

    /// <summary>New shares per old share for a split taking effect that day (prices are raw, as traded), else 0.</summary>
    public double[] Splits { get; }

    /// <summary>
    /// Per day, the calendar days since the previous trading day / 360: the Actual/360 year fraction a night's borrow fee and
    /// interest accrue over (three days on a Monday). Worked out once, so a run multiplies where it would divide.
    /// </summary>
    public double[] Actual360 { get; }

    /// <summary>Whether any ticker has a dividend or a split on day t: the days the engine must look for them (a few a year).</summary>
    public bool[] EventDays { get; }

    /// <summary>Per ticker, the first day it has a price (it can be traded from its first bar on).</summary>
    public int[] FirstDay { get; }

    /// <summary>Per ticker, the last day with a bar (after it the position can only be valued).</summary>
    public int[] LastDay { get; }

    /// <summary>The number of tickers.</summary>
    public int TickerCount => Tickers.Count;

    /// <summary>The number of days.</summary>
    public int DayCount => Dates.Length;

    /// <summary>The indices of the days that end a calendar month (the last day of the panel included), computed once.</summary>
    /// <remarks>Monthly metrics of every run on the panel need them; a date's month is costly to take day by day.</remarks>
    public int[] MonthEnds => _monthEnds ??= FindMonthEnds(Dates);

    /// <summary>The decision days of <paramref name="schedule"/> on this panel, worked out once and shared (read only) by every run.</summary>
    public bool[] DecisionDays(Strategies.Schedule schedule)
    {
        lock (_gate)
        {
            if (!_decisionDays.TryGetValue(schedule, out bool[]? days))
            {
                days = schedule.DecisionDays(Dates);
                _decisionDays[schedule] = days;
            }

            return days;
        }
    }

    /// <summary>The index of a ticker, or -1.</summary>
    public int IndexOf(string ticker)
    {
        for (int i = 0; i < Tickers.Count; i++)
        {
            if (string.Equals(Tickers[i], ticker, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether ticker <paramref name="i"/> has a bar on day <paramref name="t"/> and so can be traded.</summary>
    public bool HasBar(int i, int t) => !double.IsNaN(Open[(i * Dates.Length) + t]);

    /// <summary>Whether ticker <paramref name="i"/> is listed on day <paramref name="t"/>: priced and not past its data.</summary>
    public bool IsLive(int i, int t) => t >= FirstDay[i] && t <= LastDay[i];

    /// <summary>The days that end a calendar month in <paramref name="dates"/>, the last day included.</summary>
    public static int[] FindMonthEnds(ReadOnlySpan<DateOnly> dates)
    {
        var ends = new List<int>(dates.Length / 20 + 1);
        for (int t = 0; t < dates.Length; t++)
        {
            if (t == dates.Length - 1 || dates[t + 1].Month != dates[t].Month || dates[t + 1].Year != dates[t].Year)
            {
                ends.Add(t);
            }
        }

        return [.. ends];
    }

    private static int FindFirstPriced(double[] close, int start, int days)
    {
        for (int t = 0; t < days; t++)
        {
            if (!double.IsNaN(close[start + t]))
            {
                return t;
            }
        }

        return days;
    }

    private static int FindLastBar(double[] open, int start, int days)
    {
        for (int t = days - 1; t >= 0; t--)
        {
            if (!double.IsNaN(open[start + t]))
            {
                return t;
            }
        }

        return -1;
    }
}
