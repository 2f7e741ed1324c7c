using Backtest.Core.Data;

namespace Backtest.Core.Scenarios;

/// <summary>An analog made of several tickers: an index of their equal-weight daily moves, rebalanced every day.</summary>
public static class EqualWeightBasket
{
    /// <summary>
    /// The index of <paramref name="members"/> on the days all of them traded: it starts at 100 and each day moves by the
    /// mean of the members' moves from the previous common close (the open likewise, by the mean of their gaps).
    /// </summary>
    public static TickerSeries Of(IReadOnlyList<TickerSeries> members)
    {
        JointMoves moves = JointMoves.Of(members, null, null);
        int n = moves.DayCount, k = members.Count;
        var dates = new DateOnly[n + 1];
        var open = new double[n + 1];
        var close = new double[n + 1];
        dates[0] = moves.Since;
        open[0] = close[0] = 100;
        for (int s = 0; s < n; s++)
        {
            double gap = 0, day = 0;
            for (int i = 0; i < k; i++)
            {
                gap += moves.Gap[(i * n) + s];
                day += moves.Day[(i * n) + s];
            }

            dates[s + 1] = moves.Dates[s];
            open[s + 1] = close[s] * gap / k;
            close[s + 1] = close[s] * day / k;
        }

        double[] high = [.. open.Zip(close, Math.Max)], low = [.. open.Zip(close, Math.Min)];
        return new TickerSeries(string.Join('+', members.Select(m => m.Ticker)), dates, open, high, low, close, new double[n + 1], [], [.. members.SelectMany(m => m.Files)]);
    }
}
