using Backtest.Reporting.Input;
using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Figures;

/// <summary>
/// Long, short, net and gross exposure of the shares, the delta-adjusted net exposure of the whole book and, for a run with
/// options, the options' premium value, all over time as fractions of equity.
/// </summary>
internal static class ExposureFigure
{
    /// <summary>The legend of the delta-adjusted line starts with this (its average follows).</summary>
    public const string DeltaLabel = "Net, delta-adjusted";

    /// <summary>The legend of the options' premium value starts with this.</summary>
    public const string OptionLabel = "Options at premium";

    // The shares' own net beside the delta-adjusted one (Okabe-Ito sky blue: kin to the strategy's blue, lighter).
    private static readonly Color SharesNet = Color.FromHex("#56B4E9");

    public static Plot Build(SavedRun run, ReportOptions options)
    {
        var plot = ReportStyle.NewPlot();
        double[] x = Axis.X(run.Dates);
        int n = x.Length;
        var longs = new double[n];
        var shorts = new double[n];
        var net = new double[n];
        var gross = new double[n];
        var premium = new double[n];
        for (int t = 0; t < n; t++)
        {
            longs[t] = run.LongValue[t] / run.Equity[t];
            shorts[t] = run.ShortValue[t] / run.Equity[t];
            net[t] = longs[t] + shorts[t];
            gross[t] = longs[t] - shorts[t];
            premium[t] = run.OptionValue[t] / run.Equity[t];
        }

        var fitted = new List<double[]> { run.DeltaExposure, new[] { 0.01, -0.01 } };

        // A book of options alone has no shares: four lines flat at zero would only squash the line that matters.
        if (run.LongValue.Any(v => v != 0) || run.ShortValue.Any(v => v != 0))
        {
            Line(plot, options.Size, x, gross, "Gross", Colors.Black.WithAlpha(0.55), 1.2f);
            Line(plot, options.Size, x, longs, "Long", ReportStyle.Long, 3f);

            // Short is drawn wide and the net narrow on top, so both show when they coincide (a short-only book).
            Line(plot, options.Size, x, shorts, "Short", ReportStyle.Short, 3f);
            fitted.AddRange([gross, shorts, longs]);

            // Without options the shares' net is the delta-adjusted net (a share's delta is 1): one line, not two on one another.
            if (run.HasOptions)
            {
                Line(plot, options.Size, x, net, "Net, shares only", SharesNet, 1.2f);
            }
        }

        if (run.HasOptions)
        {
            Line(plot, options.Size, x, premium, $"{OptionLabel} (avg {Axis.PercentText(run.Metrics.Exposure.AverageOptionValue)})", ReportStyle.Accent, 1.4f);
            fitted.Add(premium);
        }

        // The book's net: in the strategy's colour in every run, drawn last so that it is on top.
        Line(plot, options.Size, x, run.DeltaExposure, $"{DeltaLabel} (avg {Axis.PercentText(run.Metrics.Exposure.AverageDeltaNet)})", ReportStyle.Strategy, 1.4f);
        plot.Add.HorizontalLine(0, 0.8f, ReportStyle.Ink.WithAlpha(0.6));
        ReportStyle.Apply(plot, "Exposure (% of equity)", Subtitle.Of(run, options));
        Axis.Dates(plot, run.Dates);
        Axis.Percent(plot);
        Legends.Below(plot);
        EventMarkers.Add(plot, run, Axis.FitY(plot, [.. fitted]), options.Size);
        return plot;
    }

    private static void Line(Plot plot, FigureSize size, double[] x, double[] y, string label, Color color, float width)
    {
        var line = ThinnedLine.Add(plot, x, y, color, size);
        line.LineWidth = width;
        line.LegendText = label;
    }
}
