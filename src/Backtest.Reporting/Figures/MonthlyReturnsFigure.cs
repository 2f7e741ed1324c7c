using System.Globalization;
using Backtest.Core.Metrics;
using Backtest.Reporting.Input;
using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Figures;

/// <summary>
/// Monthly returns as a heatmap, years down and months across, with each year's total in the last column and a colour
/// scale in percent; past fifteen years the months show their colour alone.
/// </summary>
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

        // Past fifteen years a month's number would be too small to read: months show their colour on the scale, and
        // only the year's total is written.
        float textSize = (float)Math.Min(ReportStyle.TextSize - 2, options.Size.Height * ReportStyle.UnitsPerInch * 0.5 / years);
        bool monthNumbers = years <= MostYearsWithMonthNumbers;
        for (int r = 0; r < years; r++)
        {
            for (int c = 0; c < Columns.Length; c++)
            {
                double value = cells[r, c];
                if (double.IsNaN(value) || (c < 12 && !monthNumbers))
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
        // At most about fourteen year labels, on round years (every 2nd, 5th or 10th), so that they never overlap.
        int every = new[] { 1, 2, 5, 10 }.First(step => years / step <= 14 || step == 10);
        int[] labelled = [.. Enumerable.Range(0, years).Where(r => (firstYear + r) % every == 0 || every == 1)];
        plot.Axes.Left.SetTicks(
            [.. labelled.Select(r => (double)(years - 1 - r))],
            [.. labelled.Select(r => (firstYear + r).ToString(CultureInfo.InvariantCulture))]);
        plot.Axes.SetLimits(-0.5, ScaleRight + 1.6, -0.5, years - 0.5);
        plot.HideGrid();
        var divider = plot.Add.VerticalLine(11.5, 1.2f, ReportStyle.Ink);
        divider.LabelText = string.Empty;

        Scale(plot, colormap, scale, years);
        return plot;
    }

    // The colour scale's strip, right of the Year column, in grid units.
    private const double ScaleLeft = Columns13 + 0.2;
    private const double ScaleRight = ScaleLeft + 0.35;
    private const double Columns13 = 12.5;
    private const int ScaleSteps = 41;

    // The colour scale in percent, drawn as a strip of vector rectangles beside the grid (ScottPlot's colour bar is a
    // bitmap, and every figure stays vector in PDF and SVG): a month's colour reads without its number.
    private static void Scale(Plot plot, ScottPlot.Colormaps.CustomInterpolated colormap, double scale, int years)
    {
        double bottom = -0.5, height = years;
        for (int k = 0; k < ScaleSteps; k++)
        {
            var step = plot.Add.Rectangle(ScaleLeft, ScaleRight, bottom + (height * k / ScaleSteps), bottom + (height * (k + 1) / ScaleSteps));
            step.FillColor = colormap.GetColor((k + 0.5) / ScaleSteps);
            step.LineColor = step.FillColor;
            step.LineWidth = 0.5f;
        }

        foreach (double value in (double[])[-scale, -scale / 2, 0, scale / 2, scale])
        {
            var label = plot.Add.Text(value.ToString("+0%;-0%;0%", CultureInfo.InvariantCulture), ScaleRight + 0.08, bottom + (height * (value + scale) / (2 * scale)));
            // The ends' labels sit inside the strip's height, so that the top and bottom ones are not cut.
            label.LabelAlignment = value == scale ? Alignment.UpperLeft : value == -scale ? Alignment.LowerLeft : Alignment.MiddleLeft;
            label.LabelFontSize = ReportStyle.TextSize - 3;
            label.LabelFontName = ReportStyle.FontFamily;
            label.LabelFontColor = ReportStyle.Ink;
        }
    }

    /// <summary>The most years whose months are written as numbers; longer runs show months by colour alone.</summary>
    public const int MostYearsWithMonthNumbers = 15;


}
