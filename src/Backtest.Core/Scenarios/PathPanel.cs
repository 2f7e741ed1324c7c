using Backtest.Core.Data;

namespace Backtest.Core.Scenarios;

/// <summary>
/// One thread's copy of a scenario's price panel, whose synthetic days are written over for each path: the real days,
/// the calendar and everything laid out over it stay; only the prices (and the dividends they pay) change.
/// </summary>
internal sealed class PathPanel
{
    private readonly JointMoves _moves;
    private readonly int[] _rows;
    private readonly ForwardDividends[] _dividends;

    /// <summary>A copy of <paramref name="template"/>, whose days from <paramref name="firstDay"/> on are synthetic.</summary>
    /// <param name="template">The scenario's panel, as prepared.</param>
    /// <param name="firstDay">The first synthetic day in the panel.</param>
    /// <param name="moves">The moves paths draw from.</param>
    /// <param name="dividends">Each panel ticker's dividends over the synthetic days.</param>
    public PathPanel(PricePanel template, int firstDay, JointMoves moves, ForwardDividends[] dividends)
    {
        Panel = new PricePanel(template.Tickers, template.Dates, [.. template.Open], [.. template.Close], [.. template.Dividends], template.Splits);
        FirstDay = firstDay;
        _moves = moves;
        _dividends = dividends;
        _rows = new int[template.TickerCount];
        for (int i = 0; i < _rows.Length; i++)
        {
            _rows[i] = moves.IndexOf(template.Tickers[i]);
        }
    }

    /// <summary>The panel paths are written into.</summary>
    public PricePanel Panel { get; }

    /// <summary>The first synthetic day.</summary>
    public int FirstDay { get; }

    /// <summary>Writes the path that takes move <c>days[k]</c> on its k-th synthetic day.</summary>
    public void Write(ReadOnlySpan<int> days)
    {
        int dayCount = Panel.DayCount;
        double[] open = Panel.Open, close = Panel.Close, paid = Panel.Dividends;
        for (int i = 0; i < _rows.Length; i++)
        {
            int at = (i * dayCount) + FirstDay;
            _moves.Walk(_rows[i], days, close[at - 1], open.AsSpan(at, days.Length), close.AsSpan(at, days.Length));

            ForwardDividends dividends = _dividends[i];
            for (int j = 0; j < dividends.Days.Length; j++)
            {
                int day = at + dividends.Days[j];
                paid[day] = dividends.Yields[j] * close[day - 1];
            }
        }
    }
}
