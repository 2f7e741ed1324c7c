namespace Backtest.Reporting.Sweeps;

/// <summary>
/// How much each varied parameter moves the metric: the range (highest minus lowest) of the metric's mean over each of
/// its values, every mean taken over the combinations with that value that have a metric. A parameter that does
/// nothing has the same mean at every value, so an influence of 0; the measure is in the metric's own units, so
/// parameters compare directly.
/// </summary>
internal static class Influence
{
    /// <summary>The influence of the parameter at <paramref name="parameter"/> in <paramref name="table"/>; 0 when fewer than two of its values have a metric.</summary>
    public static double Of(SweepTable table, int parameter)
    {
        int levels = table.Parameters[parameter].Count;
        var sum = new double[levels];
        var count = new int[levels];
        foreach (SweepRow row in table.Rows.Where(r => r.HasValue))
        {
            sum[row.Levels[parameter]] += row.Value;
            count[row.Levels[parameter]]++;
        }

        double[] means = [.. Enumerable.Range(0, levels).Where(k => count[k] > 0).Select(k => sum[k] / count[k])];
        return means.Length < 2 ? 0 : means.Max() - means.Min();
    }

    /// <summary>
    /// The two most influential of <paramref name="candidates"/> (indices into the table's parameters), in grid order;
    /// on equal influence the earlier in the grid wins.
    /// </summary>
    public static (int First, int Second) TopTwo(SweepTable table, IReadOnlyList<int> candidates)
    {
        int[] top = [.. candidates.OrderByDescending(p => Of(table, p)).ThenBy(p => p).Take(2).Order()];
        return (top[0], top[1]);
    }
}
