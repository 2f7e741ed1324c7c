namespace Backtest.Core.Sweeps;

/// <summary>
/// The best <see cref="Top"/> combinations by one column (highest first unless ascending; NaN and error rows never
/// rank), among those passing the filter; ties keep grid order. Memory holds only the top rows.
/// </summary>
public sealed class SweepRanking
{
    private readonly SweepColumnSet _columns;
    private readonly SweepFilter? _filter;
    private readonly PriorityQueue<SweepRankedRow, (double, long)> _best;

    /// <summary>A ranking by <paramref name="column"/> of <paramref name="columns"/>.</summary>
    public SweepRanking(SweepColumnSet columns, int column, bool ascending, int top, SweepFilter? filter)
    {
        _columns = columns;
        Column = column;
        Ascending = ascending;
        Top = top;
        _filter = filter;

        // The queue's head is the worst row kept: the lowest score, and of equal scores the latest index.
        _best = new PriorityQueue<SweepRankedRow, (double, long)>(Comparer<(double Score, long Index)>.Create((a, b) =>
            a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Index.CompareTo(a.Index)));
    }

    /// <summary>The column ranked by.</summary>
    public int Column { get; }

    /// <summary>Whether lower is better.</summary>
    public bool Ascending { get; }

    /// <summary>How many rows are kept.</summary>
    public int Top { get; }

    /// <summary>The number of rows that passed the filter with a value to rank by.</summary>
    public long Matched { get; private set; }

    /// <summary>Offers one combination.</summary>
    public void Offer(long index, ReadOnlySpan<int> digits, ReadOnlySpan<double> metrics)
    {
        if (_filter is not null && !_filter.Passes(_columns, index, digits, metrics))
        {
            return;
        }

        double value = _columns.Value(Column, index, digits, metrics);
        if (double.IsNaN(value))
        {
            return;
        }

        Matched++;
        double score = Ascending ? -value : value;
        if (Top == 0)
        {
            return;
        }

        if (_best.Count == Top)
        {
            _best.TryPeek(out _, out (double Score, long Index) worst);
            if (score < worst.Score || (score == worst.Score && index > worst.Index))
            {
                return;
            }

            _best.Dequeue();
        }

        var values = new string[digits.Length];
        for (int a = 0; a < values.Length; a++)
        {
            values[a] = _columns.Axes[a].Values[digits[a]];
        }

        _best.Enqueue(new SweepRankedRow(index, values, metrics.ToArray()), (score, index));
    }

    /// <summary>The rows kept, best first.</summary>
    public IReadOnlyList<SweepRankedRow> Rows()
    {
        var rows = _best.UnorderedItems.OrderByDescending(x => x.Priority.Item1).ThenBy(x => x.Priority.Item2).Select(x => x.Element).ToList();
        return rows;
    }
}
