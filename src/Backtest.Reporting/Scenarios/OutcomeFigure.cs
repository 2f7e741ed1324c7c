using Backtest.Reporting.Comparison;
using Backtest.Reporting.Figures;
using Backtest.Reporting.Output;
using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Scenarios;

/// <summary>
/// The distribution of one outcome over the paths (<see cref="ScenarioMeasure"/>): a translucent histogram per target on
/// shared bins, with its median (solid) and 5th percentile (dashed) marked, and the CVaR named in the legend.
/// </summary>
internal static class OutcomeFigure
{
    /// <summary>The number of bins across the range of every target's values.</summary>
    public const int Bins = 40;

    /// <summary>A target's tallest bar more than this many times the next target's is cut off at the axis and labelled.</summary>
    /// <remarks>
    /// A put book that cannot lose more than its premium ends every path at nearly the same return: one bar of 100%
    /// beside a stock short's spread of bars of a few percent flattened the short's histogram to a line.
    /// </remarks>
    public const double ClipRatio = 3;

    /// <summary>The legend's key to the lines when it carries no values (<c>withValues</c> false).</summary>
    public static readonly IReadOnlyList<string> Key = ["median", "5th percentile"];

    /// <summary>
    /// The figure; with <paramref name="withValues"/> the legend gives each target's median, 5th percentile and CVaR, else
    /// only names the targets and what the lines mean (on <c>scenario.pdf</c>, whose table beside it gives the values).
    /// </summary>
    public static Plot Build(SavedScenario scenario, ScenarioMeasure measure, ReportOptions options, bool withValues = true)
    {
        var plot = ReportStyle.NewPlot();
        IReadOnlyList<SavedScenarioTarget> targets = scenario.Targets;
        double[][] values = [.. targets.Select(measure.Values)];
        (double low, double width) = Edges(values);
        double[][] shares = [.. values.Select(v => Shares(v, low, width))];
        double top = Top(shares);
        for (int k = 0; k < targets.Count; k++)
        {
            Color colour = ComparisonFigures.ColourOf(k);
            Bar[] bars = [.. shares[k].Select((share, b) => new Bar
            {
                Position = low + ((b + 0.5) * width),
                Value = Math.Min(share, top),
                Size = width,
                FillColor = colour.WithAlpha(0.45),
                LineWidth = 0,
            }).Where(bar => bar.Value > 0)];
            plot.Add.Bars(bars);
            Label(plot, shares[k], top, low, width, colour);
        }

        for (int k = 0; k < targets.Count; k++)
        {
            Mark(plot, targets[k], measure, ComparisonFigures.ColourOf(k), withValues);
        }

        if (!withValues)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = Key[0], LineColor = ReportStyle.Benchmark, LineWidth = 1.6f });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = Key[1], LineColor = ReportStyle.Benchmark, LineWidth = 1.6f, LinePattern = LinePattern.Dashed });
        }

        string subtitle = options.Subtitles ? $"{ScenarioText.Count(scenario.Record.Paths)} paths, share of paths per bin of {Axis.PercentText(width)}" : string.Empty;
        ReportStyle.Apply(plot, measure.Title, subtitle);
        Axis.PercentBottom(plot);
        Axis.Percent(plot);

        // Without a subtitle (on scenario.pdf) nothing else says what the bars' heights are.
        plot.Axes.Left.Label.Text = "Share of paths";
        double[] all = [.. values.SelectMany(v => v)];
        double pad = Math.Max(width, (all.Max() - all.Min()) * 0.02);
        plot.Axes.SetLimitsX(low - pad, low + (Bins * width) + pad);
        plot.Axes.SetLimitsY(0, top * 1.12);
        Legends.Below(plot);

        // Long enough to show a whole dash and gap, so the dashed 5th percentile is not read as a short solid line.
        plot.Legend.SymbolWidth = 28;
        return plot;
    }

    // Shared bins, so the targets' bars line up; a target whose paths all end alike (a range of zero) still gets a bin.
    private static (double Low, double Width) Edges(double[][] values)
    {
        double low = values.Min(v => v.Min()), high = values.Max(v => v.Max());
        if (high - low < 1e-9)
        {
            (low, high) = (low - 0.01, high + 0.01);
        }

        return (low, (high - low) / Bins);
    }

    private static double[] Shares(double[] values, double low, double width)
    {
        var shares = new double[Bins];
        foreach (double v in values)
        {
            shares[Math.Clamp((int)((v - low) / width), 0, Bins - 1)] += 1.0 / values.Length;
        }

        return shares;
    }

    // The axis's top: the tallest bar, unless one target's is far taller than the rest (then the rest set it).
    private static double Top(double[][] shares)
    {
        double[] peaks = [.. shares.Select(s => s.Max()).OrderDescending()];
        return peaks.Length > 1 && peaks[0] > ClipRatio * peaks[1] ? peaks[1] * 1.6 : peaks[0];
    }

    // The bars cut off at the top say how tall they are, in one label over them (neighbouring bars' labels overlapped).
    private static void Label(Plot plot, double[] shares, double top, double low, double width, Color colour)
    {
        int[] clipped = [.. Enumerable.Range(0, shares.Length).Where(b => shares[b] > top)];
        if (clipped.Length == 0)
        {
            return;
        }

        int middle = clipped[clipped.Length / 2];
        string heights = string.Join(", ", clipped.Select(b => Axis.PercentText(Math.Round(shares[b], 3))));
        var text = plot.Add.Text($"{heights} of paths ↑", low + ((middle + 0.5) * width), top);
        text.LabelFontSize = ReportStyle.TextSize - 1;
        text.LabelFontColor = colour.Darken(0.3);
        text.LabelFontName = ReportStyle.FontFamily;

        // Near an edge the label runs inwards, so that it stays inside the data area; over the target's own median line
        // (a put book's tallest bar is its median) a white ground keeps it readable.
        text.LabelAlignment = middle < Bins / 4 ? Alignment.LowerLeft : middle >= Bins * 3 / 4 ? Alignment.LowerRight : Alignment.LowerCenter;
        text.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
    }

    // One legend entry per target for its bars and median (a swatch crossed by the solid line), one for its tail: two
    // entries a target, so each target's pair fills a row of the legend and the rows do not mix the targets.
    private static void Mark(Plot plot, SavedScenarioTarget target, ScenarioMeasure measure, Color colour, bool withValues)
    {
        double median = measure.Median(target.Statistics), tail = measure.Tail(target.Statistics);
        plot.Add.VerticalLine(median, 1.6f, colour);
        plot.Add.VerticalLine(tail, 1.6f, colour, LinePattern.Dashed);
        if (!withValues)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = target.Label, FillColor = colour.WithAlpha(0.45) });
            return;
        }

        string shortfall = measure.Shortfall is { } mean ? $", CVaR 5% {MetricText.Percent(mean(target.Statistics))}" : string.Empty;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{target.Label}: median {MetricText.Percent(median)}", FillColor = colour.WithAlpha(0.45), LineColor = colour, LineWidth = 1.6f });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"5th percentile {MetricText.Percent(tail)}{shortfall}", LineColor = colour, LineWidth = 1.6f, LinePattern = LinePattern.Dashed });
    }
}
