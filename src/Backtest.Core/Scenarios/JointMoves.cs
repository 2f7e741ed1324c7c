using Backtest.Core.Data;

namespace Backtest.Core.Scenarios;

/// <summary>
/// Several tickers' daily moves over the days all of them traded: what a bootstrap draws whole days from, so that a day
/// drawn moves every ticker as that day did (their correlation kept).
/// </summary>
/// <remarks>Element <c>[i * DayCount + s]</c> is ticker <c>i</c> on move <c>s</c>, from the previous common day's close.</remarks>
public sealed class JointMoves
{
    private JointMoves(IReadOnlyList<string> tickers, DateOnly since, DateOnly[] dates, double[] gap, double[] day)
    {
        Since = since;
        Tickers = tickers;
        Dates = dates;
        Gap = gap;
        Day = day;
    }

    /// <summary>The tickers, in the order of the arrays' rows.</summary>
    public IReadOnlyList<string> Tickers { get; }

    /// <summary>The common day the first move starts from (its close).</summary>
    public DateOnly Since { get; }

    /// <summary>The day of each move (its close).</summary>
    public DateOnly[] Dates { get; }

    /// <summary>Open over the previous close, per ticker and move.</summary>
    public double[] Gap { get; }

    /// <summary>Close over the previous close, per ticker and move.</summary>
    public double[] Day { get; }

    /// <summary>The number of moves.</summary>
    public int DayCount => Dates.Length;

    /// <summary>
    /// The moves of <paramref name="series"/> from <paramref name="from"/> to <paramref name="to"/> (each null for as far as
    /// the data of all goes): on each day all traded, from the previous day all traded.
    /// </summary>
    public static JointMoves Of(IReadOnlyList<TickerSeries> series, DateOnly? from, DateOnly? to)
    {
        // The common days, walked with one cursor per ticker.
        var common = new List<DateOnly>();
        var rows = new List<int[]>();
        int[] cursor = new int[series.Count];
        DateOnly first = from ?? DateOnly.MinValue, last = to ?? DateOnly.MaxValue;
        foreach (DateOnly date in series[0].Dates)
        {
            if (date < first || date > last)
            {
                continue;
            }

            bool all = true;
            int[] at = new int[series.Count];
            for (int i = 0; i < series.Count && all; i++)
            {
                DateOnly[] dates = series[i].Dates;
                while (cursor[i] < dates.Length && dates[cursor[i]] < date)
                {
                    cursor[i]++;
                }

                all = cursor[i] < dates.Length && dates[cursor[i]] == date;
                at[i] = cursor[i];
            }

            if (all)
            {
                common.Add(date);
                rows.Add(at);
            }
        }

        int n = Math.Max(common.Count - 1, 0);
        var gap = new double[series.Count * n];
        var day = new double[series.Count * n];
        for (int s = 0; s < n; s++)
        {
            for (int i = 0; i < series.Count; i++)
            {
                TickerSeries x = series[i];
                double previous = x.Close[rows[s][i]];
                gap[(i * n) + s] = x.Open[rows[s + 1][i]] / previous;
                day[(i * n) + s] = x.Close[rows[s + 1][i]] / previous;
            }
        }

        return new JointMoves([.. series.Select(x => x.Ticker)], common.Count > 0 ? common[0] : DateOnly.MinValue, [.. common.Skip(1)], gap, day);
    }

    /// <summary>
    /// These moves with each ticker's drift taken out: every move divided by the ticker's geometric mean move, so that a
    /// path's expected log return is zero while its volatility, clustering and correlation stay the history's.
    /// </summary>
    /// <remarks>
    /// A bootstrap of 2020-2026 PLTR draws a stock that rose fifteenfold: with its drift a short loses on most paths by
    /// construction. Without it the paths ask only what the volatility does to the position.
    /// </remarks>
    public JointMoves WithoutDrift()
    {
        int n = DayCount;
        var gap = new double[Gap.Length];
        var day = new double[Day.Length];
        for (int i = 0; i < Tickers.Count; i++)
        {
            double logs = 0;
            for (int s = 0; s < n; s++)
            {
                logs += Math.Log(Day[(i * n) + s]);
            }

            double drift = Math.Exp(logs / n);
            for (int s = 0; s < n; s++)
            {
                gap[(i * n) + s] = Gap[(i * n) + s] / drift;
                day[(i * n) + s] = Day[(i * n) + s] / drift;
            }
        }

        return new JointMoves(Tickers, Since, Dates, gap, day);
    }

    /// <summary>
    /// Walks ticker <paramref name="row"/> along the moves <paramref name="days"/> from the close <paramref name="previous"/>:
    /// day k opens at the previous close times that move's gap and closes at it times that move's day. The one rule by
    /// which a path's prices are made, for the plan's path 0 as for every path written over a panel.
    /// </summary>
    public void Walk(int row, ReadOnlySpan<int> days, double previous, Span<double> open, Span<double> close)
    {
        int at = row * DayCount;
        for (int k = 0; k < days.Length; k++)
        {
            int s = at + days[k];
            open[k] = previous * Gap[s];
            previous *= Day[s];
            close[k] = previous;
        }
    }

    /// <summary>The row of <paramref name="ticker"/>, or -1.</summary>
    public int IndexOf(string ticker)
    {
        for (int i = 0; i < Tickers.Count; i++)
        {
            if (Tickers[i].Equals(ticker, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Each ticker's daily log returns (close to close), for choosing a block length.</summary>
    public double[][] LogReturns()
    {
        var returns = new double[Tickers.Count][];
        for (int i = 0; i < Tickers.Count; i++)
        {
            returns[i] = new double[DayCount];
            for (int s = 0; s < DayCount; s++)
            {
                returns[i][s] = Math.Log(Day[(i * DayCount) + s]);
            }
        }

        return returns;
    }
}
