using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Figures;

/// <summary>Horizontal bars, one per named row (first row on top), each with its value written beside it.</summary>
internal static class LabelledBars
{
    /// <summary>Adds the rows to <paramref name="plot"/>: losses in vermilion, gains in blue, money along the bottom.</summary>
    public static void Add(Plot plot, IReadOnlyList<(string Name, double Value, string Label)> rows)
    {
        int n = rows.Count;
        var bars = new List<Bar>(n);
        for (int k = 0; k < n; k++)
        {
            bars.Add(new Bar
            {
                Position = n - 1 - k,
                Value = rows[k].Value,
                FillColor = rows[k].Value < 0 ? ReportStyle.Short : ReportStyle.Gain,
                LineWidth = 0,
                Label = rows[k].Label,
                Size = 0.6,
            });
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = ReportStyle.TextSize - 1;
        barPlot.ValueLabelStyle.FontName = ReportStyle.FontFamily;
        plot.Add.VerticalLine(0, 0.8f, ReportStyle.Ink);
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, n).Select(k => (double)(n - 1 - k))], [.. rows.Select(r => r.Name)]);
        Axis.MoneyBottom(plot);

        // Room beyond each bar's end for its label: the longest label's share of the axis, in data units.
        double low = Math.Min(0, rows.Min(r => r.Value)), high = Math.Max(0, rows.Max(r => r.Value));
        double reach = Math.Max(1, high - low);
        double room = reach * rows.Max(r => r.Label.Length) / 38.0;
        plot.Axes.SetLimitsX(low - (low < 0 ? room : 0.05 * reach), high + (high > 0 ? room : 0.05 * reach));
        plot.Axes.SetLimitsY(-0.6, n - 0.4);
        plot.Grid.YAxisStyle.IsVisible = false;
    }
}
