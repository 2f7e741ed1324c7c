using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Sweeps;

/// <summary>
/// A sweep of two or more varied parameters as a heatmap: one parameter across, one up, each cell coloured by the metric
/// (scale beside it), blank combinations hatched, the best outlined, and the values written in the cells when the grid
/// is small enough to read them (at most 12 x 12).
/// </summary>
internal static class SweepHeatmapFigure
{
    /// <summary>The largest grid whose cells carry their values as text.</summary>
    public const int MaxCellsWithText = 12;

    /// <summary>Draws <paramref name="heatmap"/> of <paramref name="table"/>.</summary>
    public static Plot Build(SweepTable table, SweepHeatmap heatmap, ReportOptions options)
    {
        var plot = ReportStyle.NewPlot();
        var colors = CellColors.For(heatmap.Finite);
        plot.Add.Plottable(new SweepCells(heatmap, colors));
        int columns = heatmap.X.Count, rows = heatmap.Y.Count;
        string subtitle = SweepSubtitle.Heatmap(table, heatmap, options);
        (double across, double up) = DataArea(options, subtitle, heatmap.Y);
        if (columns <= MaxCellsWithText && rows <= MaxCellsWithText)
        {
            AddValues(plot, table.Metric, heatmap, colors, across / columns, up / rows);
        }

        ReportStyle.Apply(plot, SweepText.Title(Title(table, heatmap), options.Size), subtitle);
        plot.Axes.AddPanel(new ColorScale(colors, table.Metric));
        CategoryTicks.Set(plot.Axes.Bottom, heatmap.X, across, across: true);
        CategoryTicks.Set(plot.Axes.Left, heatmap.Y, up, across: false);
        plot.Axes.Bottom.Label.Text = SweepText.Capitalised(heatmap.X.Words);
        plot.Axes.Left.Label.Text = SweepText.Capitalised(heatmap.Y.Words);
        plot.Axes.SetLimits(-0.5, columns - 0.5, -0.5, rows - 0.5);
        plot.HideGrid();
        return plot;
    }

    /// <summary>"Sharpe ratio by short allocation and entry date": the two drawn parameters in grid order.</summary>
    public static string Title(SweepTable table, SweepHeatmap heatmap)
    {
        int x = table.IndexOf(heatmap.X), y = table.IndexOf(heatmap.Y);
        (SweepParameter first, SweepParameter second) = x < y ? (heatmap.X, heatmap.Y) : (heatmap.Y, heatmap.X);
        return $"{table.Metric.Words} by {first.Words} and {second.Words}";
    }

    // The data area's rough size in units: the figure less the title and subtitle, the axes (their labels, the row
    // labels as wide as the longest) and the colour scale around it.
    private static (double Across, double Up) DataArea(ReportOptions options, string subtitle, SweepParameter rows)
    {
        int lines = subtitle.Length == 0 ? 0 : subtitle.Split('\n').Length;
        double rowLabels = Enumerable.Range(0, rows.Count).Max(k => CategoryTicks.Text(rows, k).Length) * 0.55 * ReportStyle.TextSize;
        double across = (options.Size.Width * ReportStyle.UnitsPerInch) - rowLabels - 40 - 90;
        double up = (options.Size.Height * ReportStyle.UnitsPerInch) - 80 - (lines * ReportStyle.SubtitleSize * 1.3);
        return (across, up);
    }

    // Each cell's value, in a size that fits the cell; none when even the smallest readable size would not.
    private static void AddValues(Plot plot, SweepMetric metric, SweepHeatmap heatmap, CellColors colors, double cellWidth, double cellHeight)
    {
        string[,] texts = new string[heatmap.X.Count, heatmap.Y.Count];
        int longest = 1;
        for (int i = 0; i < heatmap.X.Count; i++)
        {
            for (int j = 0; j < heatmap.Y.Count; j++)
            {
                texts[i, j] = double.IsFinite(heatmap.Values[i, j]) ? metric.Text(heatmap.Values[i, j]) : string.Empty;
                longest = Math.Max(longest, texts[i, j].Length);
            }
        }

        double size = Math.Min(ReportStyle.TextSize - 2, Math.Min(cellHeight * 0.5, (cellWidth - 4) / (longest * 0.6)));
        if (size < 6.5)
        {
            return;
        }

        for (int i = 0; i < heatmap.X.Count; i++)
        {
            for (int j = 0; j < heatmap.Y.Count; j++)
            {
                if (texts[i, j].Length == 0)
                {
                    continue;
                }

                var text = plot.Add.Text(texts[i, j], i, j);
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontSize = (float)size;
                text.LabelFontName = ReportStyle.FontFamily;
                text.LabelBold = heatmap.Best == (i, j);
                text.LabelFontColor = CellColors.TextOn(colors.Of(heatmap.Values[i, j]));
            }
        }
    }
}
