namespace Backtest.Reporting.Sweeps;

/// <summary>A sweep as its folder saved it: what was varied, every combination and its metric, and what the run was.</summary>
/// <param name="CsvPath">The <c>sweep.csv</c> it was read from.</param>
/// <param name="Label">The sweep's name (<c>sweep.json</c>'s label, else the folder's name).</param>
/// <param name="Window">The runs' window ("2024-01-02 to 2025-11-28") when <c>sweep.json</c> gives it, else empty.</param>
/// <param name="Created">When the sweep was made, for the PDF's dates (the epoch when not known, so the bytes never depend on the clock).</param>
/// <param name="Metric">The metric drawn.</param>
/// <param name="Parameters">The varied parameters in grid order.</param>
/// <param name="Rows">Every combination in grid (index) order, the failed ones with a NaN value.</param>
internal sealed record SweepTable(
    string CsvPath,
    string Label,
    string Window,
    DateTime Created,
    SweepMetric Metric,
    IReadOnlyList<SweepParameter> Parameters,
    IReadOnlyList<SweepRow> Rows)
{
    /// <summary>
    /// The best combination with a value: the highest metric, or the lowest where lower is better
    /// (<see cref="SweepMetric.HigherIsBetter"/>); on a tie the first in grid order. Null when none has a value.
    /// </summary>
    public SweepRow? Best => BestOf(Rows);

    /// <summary>The best of <paramref name="rows"/> as <see cref="Best"/> defines it.</summary>
    public SweepRow? BestOf(IEnumerable<SweepRow> rows)
    {
        SweepRow? best = null;
        foreach (SweepRow row in rows)
        {
            if (Metric.IsBetter(row.Value, best?.Value ?? double.NaN))
            {
                best = row;
            }
        }

        return best;
    }

    /// <summary>The place of <paramref name="parameter"/> (one of <see cref="Parameters"/>) in the grid, or -1.</summary>
    public int IndexOf(SweepParameter parameter)
    {
        for (int k = 0; k < Parameters.Count; k++)
        {
            if (ReferenceEquals(Parameters[k], parameter))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>How many combinations have no value (failed, or a missing or NaN metric).</summary>
    public int Missing => Rows.Count(r => !r.HasValue);
}
