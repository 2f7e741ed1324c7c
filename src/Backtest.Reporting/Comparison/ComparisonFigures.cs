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

    /// <summary>More runs than this are named in the legends by their number in the table, not by their labels.</summary>
    /// <remarks>Thirty labels of a few settings each wrap to about fifteen legend rows: the lines would have no room.</remarks>
    public const int LabelledRuns = 12;

    /// <summary>The legend's last entry when runs go by number: where the numbers are explained.</summary>
    public const string NumberedNote = "(runs numbered as in the table: comparison.pdf, metrics.csv rows)";

    // After the eight colours, the lines change pattern: colour and pattern together tell 32 runs apart.
    private static readonly LinePattern[] Patterns = [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];

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
        runs.Count > LabelledRuns
            ? [.. labels.Select((_, k) => Numbered(k))]
            : [.. labels.Select((label, k) => Broken($"{label} ({what} {MetricText.Percent(number(runs[k].Metrics))})"))];

    // A legend item does not wrap inside itself: a label of four or five settings, wider than the figure, is broken after
    // a comma onto further lines of at most this many characters (about two thirds of a 6.5 inch figure).
    private const int LegendLine = 60;

    private static string Broken(string text)
    {
        var lines = new List<string> { string.Empty };
        foreach (string part in text.Split(", "))
        {
            string joined = lines[^1].Length == 0 ? part : lines[^1] + ", " + part;
            if (lines[^1].Length > 0 && joined.Length > LegendLine)
            {
                lines[^1] += ",";
                lines.Add(part);
            }
            else
            {
                lines[^1] = joined;
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>The legend text of run <paramref name="k"/> (from 0) when runs go by number.</summary>
    public static string Numbered(int k) => $"#{k + 1}";

    /// <summary>The colour of run <paramref name="k"/>'s line.</summary>
    public static Color ColourOf(int k) => ReportStyle.Palette[k % ReportStyle.Palette.Length];

    /// <summary>The pattern of run <paramref name="k"/>'s line: solid for the first eight, then dashed, dotted, densely dashed.</summary>
    public static LinePattern PatternOf(int k) => Patterns[(k / ReportStyle.Palette.Length) % Patterns.Length];

    private static Plot Build(IReadOnlyList<SavedRun> runs, string[] labels, ReportOptions options, string title, Func<SavedRun, double[]> series)
    {
        var plot = ReportStyle.NewPlot();
        double[][] values = [.. runs.Select(series)];
        for (int k = 0; k < runs.Count; k++)
        {
            var line = ThinnedLine.Add(plot, Axis.X(runs[k].Dates), values[k], ColourOf(k), options.Size);
            line.LineWidth = 1.5f;
            line.LinePattern = PatternOf(k);
            line.LegendText = labels[k];
        }

        if (runs.Count > LabelledRuns)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = NumberedNote });
        }

        plot.Add.HorizontalLine(0, 0.8f, ReportStyle.Ink.WithAlpha(0.6));
        string subtitle = options.Subtitles ? Days(runs) : string.Empty;
        ReportStyle.Apply(plot, title, subtitle);
        Axis.Dates(plot, [runs.Min(r => r.Dates[0]), runs.Max(r => r.Dates[^1])]);
        Axis.FitY(plot, [.. values, [0]]);
        Axis.Percent(plot);
        Legends.Below(plot);

        // Long enough to show a whole dash and gap, so a dashed run's key is not read as a short solid one.
        plot.Legend.SymbolWidth = 28;
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
