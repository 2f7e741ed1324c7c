using Backtest.Reporting.Figures;

namespace Backtest.Reporting.Sweeps;

/// <summary>
/// The lines under a sweep figure's title: the sweep, its window and size, what is held fixed, and the best combination,
/// parameters written as the command line takes them (<c>shortAllocation=0.4</c>).
/// </summary>
internal static class SweepSubtitle
{
    /// <summary>The subtitle of a heatmap, or empty when <paramref name="options"/> leave subtitles out.</summary>
    public static string Heatmap(SweepTable table, SweepHeatmap heatmap, ReportOptions options)
    {
        if (!options.Subtitles)
        {
            return string.Empty;
        }

        var parts = new List<string> { Head(table, "hatched") };
        if (heatmap.Fixed.Count > 0)
        {
            parts.Add("held at the best's values: " + string.Join(", ", heatmap.Fixed.Select(f => $"{f.Parameter.Name}={f.Value}")));
        }

        if (heatmap.Best is { } best)
        {
            // The two parameters in grid order, as the title names them.
            var at = new[] { (heatmap.X, best.X), (heatmap.Y, best.Y) }.OrderBy(p => table.IndexOf(p.Item1)).Select(p => $"{p.Item1.Name}={p.Item1.Values[p.Item2]}");
            parts.Add($"best ({table.Metric.Better}) {table.Metric.Text(heatmap.Values[best.X, best.Y])} at {string.Join(", ", at)}");
        }

        return Subtitle.Wrap(string.Join(", ", parts), options.Size, maxLines: 3);
    }

    /// <summary>The subtitle of a line figure, or empty when <paramref name="options"/> leave subtitles out.</summary>
    public static string Line(SweepTable table, SweepLine line, ReportOptions options)
    {
        if (!options.Subtitles)
        {
            return string.Empty;
        }

        var parts = new List<string> { Head(table, "gaps in the line") };
        if (line.Best is { } best)
        {
            parts.Add($"best ({table.Metric.Better}) {table.Metric.Text(line.Values[best])} at {line.Parameter.Name}={line.Parameter.Values[best]}");
        }

        return Subtitle.Wrap(string.Join(", ", parts), options.Size, maxLines: 3);
    }

    // "label, window, N combinations (k without a value: how they show)".
    private static string Head(SweepTable table, string blank)
    {
        string head = table.Label + (table.Window.Length > 0 ? ", " + table.Window : string.Empty) + $", {table.Rows.Count} combinations";
        int missing = table.Missing;
        return missing == 0 ? head : head + $" ({missing} without a value: {blank})";
    }
}
