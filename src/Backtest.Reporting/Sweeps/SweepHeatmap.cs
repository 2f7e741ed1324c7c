namespace Backtest.Reporting.Sweeps;

/// <summary>
/// What a heatmap of a sweep shows: two varied parameters across and up, the metric in each cell, the best cell, and
/// the other parameters with the values they were fixed at.
/// </summary>
/// <param name="X">The parameter across (columns).</param>
/// <param name="Y">The parameter up (rows, its first value at the bottom).</param>
/// <param name="Values">The metric by [column, row], the indices being those of <see cref="SweepParameter.Values"/>; NaN where there is none.</param>
/// <param name="Best">The best cell (<see cref="SweepTable.Best"/>'s rule among the cells), or null when no cell has a value.</param>
/// <param name="Fixed">Every other parameter with the value it is fixed at: the best combination's.</param>
internal sealed record SweepHeatmap(SweepParameter X, SweepParameter Y, double[,] Values, (int X, int Y)? Best, IReadOnlyList<(SweepParameter Parameter, string Value)> Fixed)
{
    /// <summary>
    /// The heatmap of <paramref name="table"/> over <paramref name="varied"/> (indices of at least two parameters with
    /// more than one value). With two, those; with more, the two most influential (<see cref="Influence"/>), the others
    /// fixed at the values of the best combination. Dates go across (a time axis reads left to right); else the
    /// parameter with more values goes across (a page is wider than tall); on equal counts the later in the grid does.
    /// </summary>
    public static SweepHeatmap From(SweepTable table, IReadOnlyList<int> varied)
    {
        (int a, int b) = varied.Count == 2 ? (varied[0], varied[1]) : Influence.TopTwo(table, varied);
        SweepParameter pa = table.Parameters[a], pb = table.Parameters[b];
        bool aAcross = (pa.Kind == ParameterKind.Date) != (pb.Kind == ParameterKind.Date) ? pa.Kind == ParameterKind.Date : pa.Count > pb.Count;
        (int x, int y) = aAcross ? (a, b) : (b, a);

        // Every parameter but the two drawn (varied or not) is held at the best combination's value.
        int[] held = [.. Enumerable.Range(0, table.Parameters.Count).Where(p => p != a && p != b)];
        int[] at = (table.Best ?? table.Rows[0]).Levels;
        SweepRow[] shown = [.. table.Rows.Where(r => held.All(p => r.Levels[p] == at[p]))];

        var values = new double[table.Parameters[x].Count, table.Parameters[y].Count];
        for (int i = 0; i < values.GetLength(0); i++)
        {
            for (int j = 0; j < values.GetLength(1); j++)
            {
                values[i, j] = double.NaN;
            }
        }

        var cells = new SweepRow?[values.GetLength(0), values.GetLength(1)];
        foreach (SweepRow row in shown)
        {
            // A grid has one combination a cell; should a file repeat one, the cell shows the better.
            ref SweepRow? cell = ref cells[row.Levels[x], row.Levels[y]];
            if (cell is null || table.Metric.IsBetter(row.Value, cell.Value))
            {
                cell = row;
                values[row.Levels[x], row.Levels[y]] = row.Value;
            }
        }

        SweepRow? best = table.BestOf(shown);
        return new SweepHeatmap(
            table.Parameters[x],
            table.Parameters[y],
            values,
            best is null ? null : (best.Levels[x], best.Levels[y]),
            [.. held.Where(p => table.Parameters[p].Count > 1).Select(p => (table.Parameters[p], table.Parameters[p].Values[at[p]]))]);
    }

    /// <summary>The finite values of the cells.</summary>
    public IEnumerable<double> Finite => Values.Cast<double>().Where(double.IsFinite);
}
