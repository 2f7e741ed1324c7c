using Backtest.Reporting.Input;
using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Figures;

/// <summary>Long, short, net and gross exposure over time, as fractions of equity.</summary>
internal static class ExposureFigure
{
    public static Plot Build(SavedRun run, ReportOptions options)
    {
        var plot = ReportStyle.NewPlot();
        double[] x = Axis.X(run.Dates);
        int n = x.Length;
        var longs = new double[n];
        var shorts = new double[n];
        var net = new double[n];
        var gross = new double[n];
        for (int t = 0; t < n; t++)
        {
            longs[t] = run.LongValue[t] / run.Equity[t];
            shorts[t] = run.ShortValue[t] / run.Equity[t];
            net[t] = longs[t] + shorts[t];
            gross[t] = longs[t] - shorts[t];
        }

        Line(plot, x, gross, "Gross", Colors.Black.WithAlpha(0.55), 1.2f, LinePattern.Solid);
        Line(plot, x, longs, "Long", ReportStyle.Long, 3f, LinePattern.Solid);
        // Short is drawn wide and net narrow on top, so both show when they coincide (a short-only book).
        Line(plot, x, shorts, "Short", ReportStyle.Short, 3f, LinePattern.Solid);
        Line(plot, x, net, "Net", ReportStyle.Strategy, 1.2f, LinePattern.Solid);
        plot.Add.HorizontalLine(0, 0.8f, ReportStyle.Ink.WithAlpha(0.6));
        ReportStyle.Apply(plot, "Exposure (% of equity)", Subtitle.Of(run, options));
        Axis.Dates(plot, run.Dates);
        Axis.Percent(plot);
        Legends.Below(plot);
        EventMarkers.Add(plot, run, Axis.FitY(plot, gross, shorts, longs, [0.1, -0.1]));
        return plot;
    }

    private static void Line(Plot plot, double[] x, double[] y, string label, Color color, float width, LinePattern pattern)
    {
        var line = plot.Add.ScatterLine(x, y, color);
        line.LineWidth = width;
        line.LinePattern = pattern;
        line.LegendText = label;
    }
}
