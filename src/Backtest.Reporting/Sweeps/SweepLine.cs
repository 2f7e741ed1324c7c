namespace Backtest.Reporting.Sweeps;

/// <summary>What a line figure of a sweep with one varied parameter shows: the metric at each of its values, and the best.</summary>
/// <param name="Parameter">The varied parameter.</param>
/// <param name="Values">The metric at each of its values (in <see cref="SweepParameter.Values"/> order); NaN where there is none.</param>
/// <param name="Best">The index of the best value (<see cref="SweepTable.Best"/>), or null when none has a metric.</param>
internal sealed record SweepLine(SweepParameter Parameter, double[] Values, int? Best)
{
    /// <summary>The line of <paramref name="table"/> along the parameter at <paramref name="parameter"/>.</summary>
    public static SweepLine From(SweepTable table, int parameter)
    {
        SweepParameter p = table.Parameters[parameter];
        var values = new double[p.Count];
        var rows = new SweepRow?[p.Count];
        Array.Fill(values, double.NaN);
        foreach (SweepRow row in table.Rows)
        {
            // One combination a value; should a file repeat one, the line shows the better.
            ref SweepRow? at = ref rows[row.Levels[parameter]];
            if (at is null || table.Metric.IsBetter(row.Value, at.Value))
            {
                at = row;
                values[row.Levels[parameter]] = row.Value;
            }
        }

        return new SweepLine(p, values, table.Best is { } best ? best.Levels[parameter] : null);
    }
}
