using Backtest.Reporting.Comparison;
using Backtest.Reporting.Figures;
using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Scenarios;

/// <summary>
/// The fan chart: per target, equity's 5-95% and 25-75% bands over the paths, the median, and a few sample paths, in the
/// target's colour.
/// </summary>
/// <remarks>
/// The bands are translucent and every target's are drawn before any line: a stock short's wide fan and a put book's
/// narrow one overlap, and each must stay visible through the other. The legend names each target once by its colour,
/// then says once, in grey, what the band shades and line widths mean, rather than four entries per target.
/// </remarks>
internal static class FanFigure
{
    /// <summary>The outer band's opacity (5-95% of paths).</summary>
    public const double OuterAlpha = 0.14;

    /// <summary>The inner band's opacity (25-75% of paths); drawn over the outer, so it reads as about twice as strong.</summary>
    public const double InnerAlpha = 0.22;

    /// <summary>The legend's key to the bands and lines, after the targets' names.</summary>
    public static readonly IReadOnlyList<string> Key = ["median", "25–75% of paths", "5–95% of paths"];

    /// <summary>The key's last entry: how many paths are drawn one by one.</summary>
    public static string SampleKey(int samples) => $"{samples} sample paths";

    private static readonly Color KeyColour = ReportStyle.Benchmark;

    public static Plot Build(SavedScenario scenario, ReportOptions options)
    {
        var plot = ReportStyle.NewPlot();
        IReadOnlyList<SavedScenarioTarget> targets = scenario.Targets;
        double[][] x = [.. targets.Select(t => Axis.X(t.Fan.Dates))];
        foreach (int band in (int[])[0, 1])
        {
            for (int k = 0; k < targets.Count; k++)
            {
                ScenarioFan fan = targets[k].Fan;
                var fill = plot.Add.FillY(x[k], fan.Bands[band], fan.Bands[4 - band]);
                fill.FillColor = ComparisonFigures.ColourOf(k).WithAlpha(band == 0 ? OuterAlpha : InnerAlpha);
                fill.LineWidth = 0;
            }
        }

        for (int k = 0; k < targets.Count; k++)
        {
            foreach (double[] sample in targets[k].Fan.Samples)
            {
                var line = plot.Add.ScatterLine(x[k], sample, ComparisonFigures.ColourOf(k).WithAlpha(0.7));
                line.LineWidth = 0.6f;
            }
        }

        for (int k = 0; k < targets.Count; k++)
        {
            var median = plot.Add.ScatterLine(x[k], targets[k].Fan.Median, ComparisonFigures.ColourOf(k));
            median.LineWidth = 2;
        }

        AddLegend(plot, targets);
        ReportStyle.Apply(plot, ScenarioText.FanTitle(scenario.Record), ScenarioText.Subtitle(scenario.Record, options));
        DateOnly[] dates = [.. targets.SelectMany(t => t.Fan.Dates)];
        Axis.Dates(plot, [dates.Min(), dates.Max()]);

        // A short horizon gets a tick on its last day, labelled with the whole date: half of it hung past the right edge.
        plot.Axes.Right.MinimumSize = 36;
        Axis.FitY(plot, [.. targets.SelectMany(t => t.Fan.Bands.Concat(t.Fan.Samples))]);
        Axis.Money(plot);
        Legends.Below(plot);
        return plot;
    }

    private static void AddLegend(Plot plot, IReadOnlyList<SavedScenarioTarget> targets)
    {
        for (int k = 0; k < targets.Count; k++)
        {
            Color colour = ComparisonFigures.ColourOf(k);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = targets[k].Label, FillColor = colour.WithAlpha(OuterAlpha + InnerAlpha), LineColor = colour, LineWidth = 2 });
        }

        plot.Legend.ManualItems.Add(new LegendItem { LabelText = Key[0], LineColor = KeyColour, LineWidth = 2 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = Key[1], FillColor = KeyColour.WithAlpha(OuterAlpha + InnerAlpha) });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = Key[2], FillColor = KeyColour.WithAlpha(OuterAlpha) });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = SampleKey(targets[0].Fan.Samples.Length), LineColor = KeyColour, LineWidth = 0.6f });
    }
}
