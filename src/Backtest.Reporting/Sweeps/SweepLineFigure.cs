using System.Globalization;
using Backtest.Reporting.Figures;
using Backtest.Reporting.Style;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Backtest.Reporting.Sweeps;

/// <summary>
/// A sweep of one varied parameter as a line with markers: the metric against the parameter on a numeric axis, a date
/// axis (as the other figures') or one tick per word; a gap where a combination has no value; the best ringed and labelled.
/// </summary>
internal static class SweepLineFigure
{
    /// <summary>Draws <paramref name="line"/> of <paramref name="table"/>.</summary>
    public static Plot Build(SweepTable table, SweepLine line, ReportOptions options)
    {
        var plot = ReportStyle.NewPlot();
        SweepParameter parameter = line.Parameter;
        double[] x = [.. parameter.Positions];
        double[] y = line.Values;

        // One line for each run of values without a gap, so a failed combination shows as a break, not a slope.
        for (int start = 0; start < y.Length;)
        {
            if (!double.IsFinite(y[start]))
            {
                start++;
                continue;
            }

            int end = start;
            while (end + 1 < y.Length && double.IsFinite(y[end + 1]))
            {
                end++;
            }

            var run = plot.Add.Scatter(x[start..(end + 1)], y[start..(end + 1)], ReportStyle.Strategy);
            run.LineWidth = 1.6f;
            run.MarkerSize = 5;
            start = end + 1;
        }

        double[] finite = [.. y.Where(double.IsFinite)];
        if (finite.Length > 0 && finite.Min() < 0 && finite.Max() > 0)
        {
            plot.Add.HorizontalLine(0, 0.8f, ReportStyle.Ink.WithAlpha(0.5));
        }

        ReportStyle.Apply(plot, SweepText.Title($"{table.Metric.Words} by {parameter.Words}", options.Size), SweepSubtitle.Line(table, line, options));
        plot.Axes.Bottom.Label.Text = SweepText.Capitalised(parameter.Words);

        // The x axis first: a date axis replaces the bottom axis, which would drop limits set before it.
        XAxis(plot, parameter);
        FitY(plot, finite, table.Metric.HigherIsBetter);
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = table.Metric.Tick };
        plot.Axes.Left.Label.Text = table.Metric.Label;
        if (line.Best is { } best)
        {
            MarkBest(plot, table.Metric, x[best], y[best], best == 0 ? -1 : best == parameter.Count - 1 ? 1 : 0);
        }

        return plot;
    }

    private static void XAxis(Plot plot, SweepParameter parameter)
    {
        double first = parameter.Positions[0], last = parameter.Positions[^1];
        switch (parameter.Kind)
        {
            case ParameterKind.Date:
                DateOnly[] dates = [.. parameter.Values.Select(v => DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture))];
                Axis.Dates(plot, dates);
                plot.Axes.Bottom.Label.Text = SweepText.Capitalised(parameter.Words);

                // More room than a run's date axis: the end points carry markers, and perhaps the best's ring.
                double days = Math.Max((last - first) * 0.04, 3);
                plot.Axes.SetLimitsX(first - days, last + days);
                break;
            case ParameterKind.Number:
                double pad = Math.Max((last - first) * 0.04, Math.Max(Math.Abs(last), 1e-9) * 0.01);
                plot.Axes.SetLimitsX(first - pad, last + pad);
                break;
            default:
                plot.Axes.Bottom.SetTicks([.. parameter.Positions], [.. parameter.Values]);
                plot.Axes.SetLimitsX(-0.5, parameter.Count - 0.5);
                plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
                break;
        }
    }

    // Room above and below the values, more on the best's side, where its label goes.
    private static void FitY(Plot plot, double[] values, bool bestOnTop)
    {
        double low = values.Length == 0 ? -1 : values.Min(), high = values.Length == 0 ? 1 : values.Max();
        double span = Math.Max(high - low, Math.Max(Math.Abs(high), 1e-9) * 0.02);
        (double below, double above) = bestOnTop ? (0.06, 0.18) : (0.18, 0.06);
        plot.Axes.SetLimitsY(low - (below * span), high + (above * span));
    }

    // A ring round the best point and its value just above it (just below where lower is better). The best is the line's
    // highest (lowest) point, so the line comes from the other side and never runs through the label. At the first or
    // last value (<paramref name="end"/> -1 or 1) the label runs inwards, so it stays inside the frame.
    private static void MarkBest(Plot plot, SweepMetric metric, double x, double y, int end)
    {
        var ring = plot.Add.Marker(x, y, MarkerShape.OpenCircle, 13, ReportStyle.Accent);
        ring.MarkerLineWidth = 2;
        var text = plot.Add.Text($"best {metric.Text(y)}", x, y);
        text.LabelAlignment = (metric.HigherIsBetter, end) switch
        {
            (true, < 0) => Alignment.LowerLeft,
            (true, > 0) => Alignment.LowerRight,
            (true, _) => Alignment.LowerCenter,
            (false, < 0) => Alignment.UpperLeft,
            (false, > 0) => Alignment.UpperRight,
            _ => Alignment.UpperCenter,
        };
        text.LabelOffsetX = end * -4;
        text.LabelOffsetY = metric.HigherIsBetter ? -9 : 9;
        text.LabelFontSize = ReportStyle.TextSize - 1;
        text.LabelFontName = ReportStyle.FontFamily;
        text.LabelBold = true;
        text.LabelFontColor = ReportStyle.Ink;
        text.LabelBackgroundColor = Colors.White.WithAlpha(0.8);
    }
}
