using Backtest.Core.Metrics;
using Backtest.Reporting.Figures;
using Backtest.Reporting.Input;
using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Comparison;

/// <summary>Several runs on one figure: cumulative return (so different capitals compare) and drawdown.</summary>
internal static class ComparisonFigures
{
    public static Plot Equity(IReadOnlyList<SavedRun> runs, string[] labels, ReportOptions options) =>
        Build(runs, labels, options, "Cumulative return", run => Array.ConvertAll(run.Equity, e => (e / run.Capital) - 1));

    public static Plot Drawdown(IReadOnlyList<SavedRun> runs, string[] labels, ReportOptions options) =>
        Build(runs, labels, options, "Drawdown from the running peak", run => Backtest.Core.Metrics.Drawdown.Underwater(run.Equity, run.Capital));

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
        string subtitle = options.Subtitles ? $"{runs.Count} runs, {runs.Min(r => r.Dates[0]):yyyy-MM-dd} to {runs.Max(r => r.Dates[^1]):yyyy-MM-dd}" : string.Empty;
        ReportStyle.Apply(plot, title, subtitle);
        Axis.Dates(plot, [runs.Min(r => r.Dates[0]), runs.Max(r => r.Dates[^1])]);
        Axis.FitY(plot, [.. values, [0]]);
        Axis.Percent(plot);
        Legends.Below(plot);
        return plot;
    }
}
