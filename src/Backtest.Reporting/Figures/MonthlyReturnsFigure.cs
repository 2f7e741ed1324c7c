using System.Globalization;
using Backtest.Core.Metrics;
using Backtest.Reporting.Input;
using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Figures;

/// <summary>Monthly returns as a heatmap, years down and months across, with each year's total in the last column.</summary>
internal static class MonthlyReturnsFigure
{
    private static readonly string[] Columns = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Year"];

    public static Plot Build(SavedRun run, ReportOptions options)
    {
        var monthly = PeriodReturns.Monthly(run.Dates, run.Equity, run.Capital);
        var yearly = PeriodReturns.Yearly(run.Dates, run.Equity, run.Capital);
        int firstYear = run.Dates[0].Year, years = run.Dates[^1].Year - firstYear + 1;
        var cells = new double[years, Columns.Length];
        for (int r = 0; r < years; r++)
        {
            for (int c = 0; c < Columns.Length; c++)
            {
                cells[r, c] = double.NaN;
            }
        }

        foreach (var kv in monthly.Observations)
        {
            cells[kv.Key.Year - firstYear, kv.Key.Month - 1] = kv.Value;
        }

        foreach (var kv in yearly.Observations)
        {
            cells[kv.Key.Year - firstYear, 12] = kv.Value;
        }

        // One symmetric scale for the months, so that white is zero; a year beyond it shows the scale's end colour.
        double scale = 0.01;
        foreach (double m in monthly.Values)
        {
            scale = Math.Max(scale, Math.Abs(m));
        }

        // Cells are drawn as rectangles, not as a bitmap heatmap, so that they stay vector shapes in PDF and SVG.
        var plot = ReportStyle.NewPlot();
        var colormap = new ScottPlot.Colormaps.CustomInterpolated([ReportStyle.Short, Colors.White, ReportStyle.Gain]);
        for (int r = 0; r < years; r++)
        {
            for (int c = 0; c < Columns.Length; c++)
            {
                if (double.IsNaN(cells[r, c]))
                {
                    continue;
                }

                double fraction = Math.Clamp((cells[r, c] + scale) / (2 * scale), 0, 1);
                var cell = plot.Add.Rectangle(c - 0.5, c + 0.5, years - 1.5 - r, years - 0.5 - r);
                cell.FillColor = colormap.GetColor(fraction);
                cell.LineColor = Colors.White;
                cell.LineWidth = 1;
            }
        }

        float textSize = (float)Math.Min(ReportStyle.TextSize - 2, options.Size.Height * ReportStyle.UnitsPerInch * 0.5 / years);
        for (int r = 0; r < years; r++)
        {
            for (int c = 0; c < Columns.Length; c++)
            {
                double value = cells[r, c];
                if (double.IsNaN(value))
                {
                    continue;
                }

                var text = plot.Add.Text(value.ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture), c, years - 1 - r);
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontSize = textSize;
                text.LabelFontName = ReportStyle.FontFamily;
                text.LabelBold = c == 12;
                text.LabelFontColor = Math.Abs(value) > 0.75 * scale ? Colors.White : ReportStyle.Ink;
            }
        }

        ReportStyle.Apply(plot, "Monthly returns", Subtitle.Of(run, options));
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, Columns.Length).Select(c => (double)c)], Columns);
        plot.Axes.Left.SetTicks(
            [.. Enumerable.Range(0, years).Select(r => (double)(years - 1 - r))],
            [.. Enumerable.Range(firstYear, years).Select(y => y.ToString(CultureInfo.InvariantCulture))]);
        plot.Axes.SetLimits(-0.5, Columns.Length - 0.5, -0.5, years - 0.5);
        plot.HideGrid();
        var divider = plot.Add.VerticalLine(11.5, 1.2f, ReportStyle.Ink);
        divider.LabelText = string.Empty;
        return plot;
    }
}
