using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Figures;

/// <summary>Where legends go: below the data area, in one row, so they never hide a line.</summary>
internal static class Legends
{
    public static void Below(Plot plot)
    {
        var panel = plot.ShowLegend(Edge.Bottom);
        panel.Legend.Orientation = Orientation.Horizontal;

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
}
