using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Figures;

/// <summary>Where legends go: below the data area, wrapped to as many rows as they need, so they never hide a line.</summary>
internal static class Legends
{
    // Room left of and right of the data area (the y axis's numbers and label, the right padding): a legend no wider than
    // the figure less this fits the data area, so it wraps at the same width when measured and when drawn.
    private const float AxisRoom = 120;

    public static void Below(Plot plot)
    {
        var panel = plot.ShowLegend(Edge.Bottom);
        panel.Legend.Orientation = Orientation.Horizontal;
        panel.Legend.Layout = new FittedLegendLayout();

        // Items as wide as their text, not as the widest: one long label (a run, the delta-adjusted line) would push the rest out.
        panel.Legend.TightHorizontalWrapping = true;
        panel.Legend.FontSize = ReportStyle.TextSize - 1;
        panel.Legend.FontName = ReportStyle.FontFamily;
        panel.Legend.OutlineColor = Colors.Transparent;
        panel.Legend.ShadowColor = Colors.Transparent;
        panel.Padding = new PixelPadding(0, 0, 0, 0);
        panel.Legend.Margin = new PixelPadding(0, 0, 0, 0);
        panel.Legend.Padding = new PixelPadding(4, 4, 2, 2);
    }

    /// <summary>Wraps <paramref name="plot"/>'s legend to a figure <paramref name="width"/> logical units wide; call before rendering.</summary>
    public static void Fit(Plot plot, float width)
    {
        if (plot.Legend.Layout is FittedLegendLayout fitted)
        {
            fitted.Width = Math.Max(width - AxisRoom, width / 2);
        }
    }
}
