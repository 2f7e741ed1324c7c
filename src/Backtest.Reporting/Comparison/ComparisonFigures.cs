using Backtest.Core.Metrics;
using Backtest.Reporting.Figures;
using Backtest.Reporting.Input;
using Backtest.Reporting.Output;
using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Comparison;

/// <summary>Several runs on one figure: cumulative return (so different capitals compare), drawdown and delta-adjusted net exposure.</summary>
internal static class ComparisonFigures
{
    /// <summary>The exposure figure's title.</summary>
    public const string ExposureTitle = "Net exposure, delta-adjusted (% of equity)";

    /// <summary>Each run's cumulative return, its total in the legend.</summary>
    public static Plot Equity(IReadOnlyList<SavedRun> runs, string[] labels, ReportOptions options) =>
        Build(runs, With(labels, runs, "total", m => m.Strategy.TotalReturn), options, "Cumulative return", run => Array.ConvertAll(run.Equity, e => (e / run.Capital) - 1));

    /// <summary>Each run's drawdown, its deepest in the legend.</summary>
    public static Plot Drawdown(IReadOnlyList<SavedRun> runs, string[] labels, ReportOptions options) =>
        Build(runs, With(labels, runs, "max", m => m.Strategy.MaxDrawdown), options, "Drawdown from the running peak", run => Backtest.Core.Metrics.Drawdown.Underwater(run.Equity, run.Capital));

    /// <summary>
    /// How short or long each book really was: a put book's delta-adjusted net beside a stock short's, each labelled with its
    /// average (as the table prints it).
    /// </summary>
    public static Plot Exposure(IReadOnlyList<SavedRun> runs, string[] labels, ReportOptions options) =>
        Build(runs, With(labels, runs, "avg", m => m.Exposure.AverageDeltaNet), options, ExposureTitle, run => run.DeltaExposure);

    // Legend texts: each run's label with the one number that sums its line up, as the table prints it.
    private static string[] With(string[] labels, IReadOnlyList<SavedRun> runs, string what, Func<RunMetrics, double> number) =>
        [.. labels.Select((label, k) => $"{label} ({what} {MetricText.Percent(number(runs[k].Metrics))})")];

    private static Plot Build(IReadOnlyList<SavedRun> runs, string[] labels, ReportOptions options, string title, Func<SavedRun, double[]> series)
    {
        var plot = ReportStyle.NewPlot();
        double[][] values = [.. runs.Select(series)];
        for (int k = 0; k < runs.Count; k++)
        {
            var line = plot.Add.ScatterLine(Axis.X(runs[k].Dates), values[k], ReportStyle.Palette[k % ReportStyle.Palette.Length]);
            line.LineWidth = 1.5f;
            line.LegendText = labels[k];
        }

        plot.Add.HorizontalLine(0, 0.8f, ReportStyle.Ink.WithAlpha(0.6));
        string subtitle = options.Subtitles ? Days(runs) : string.Empty;
        ReportStyle.Apply(plot, title, subtitle);
        Axis.Dates(plot, [runs.Min(r => r.Dates[0]), runs.Max(r => r.Dates[^1])]);
        Axis.FitY(plot, [.. values, [0]]);
        Axis.Percent(plot);
        Legends.Below(plot);
        return plot;
    }

    // Says whether the lines share their days: a reader compares two curves point by point only when they do.
    internal static string Days(IReadOnlyList<SavedRun> runs)
    {
        string window = $"{runs.Count} runs, {runs.Min(r => r.Dates[0]):yyyy-MM-dd} to {runs.Max(r => r.Dates[^1]):yyyy-MM-dd}";
        return runs.All(r => r.Dates.AsSpan().SequenceEqual(runs[0].Dates))
            ? $"{window}, the same {runs[0].Dates.Length} trading days"
            : $"{window}, on different days: " + string.Join("; ", runs.Select(r => $"{r.Dates[0]:yyyy-MM-dd} to {r.Dates[^1]:yyyy-MM-dd}"));
    }
}
