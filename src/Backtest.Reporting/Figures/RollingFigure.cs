using Backtest.Core.Metrics;
using Backtest.Reporting.Input;
using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Figures;

/// <summary>
/// Rolling annualised volatility or Sharpe ratio, strategy and benchmark, over a half year (126 days) for runs of two
/// years or more and a quarter (63 days) for shorter ones, so that a 166-day run draws most of its days, not a fifth.
/// </summary>
internal static class RollingFigure
{
    /// <summary>Trading days in the window of a run of two years or more.</summary>
    public const int LongWindow = 126;

    /// <summary>Trading days in the window of a shorter run.</summary>
    public const int ShortWindow = 63;

    /// <summary>The window of a run of <paramref name="days"/> days.</summary>
    public static int WindowFor(int days) => days >= 2 * PerformanceSummary.PeriodsPerYear ? LongWindow : ShortWindow;

    public static Plot Volatility(SavedRun run, ReportOptions options) =>
        Build(run, options, "volatility (annualised)", (mean, sd) => sd * Math.Sqrt(PerformanceSummary.PeriodsPerYear), percent: true);

    public static Plot Sharpe(SavedRun run, ReportOptions options) =>
        Build(run, options, "Sharpe ratio", (mean, sd) => sd > 0 ? mean / sd * Math.Sqrt(PerformanceSummary.PeriodsPerYear) : double.NaN, percent: false);

    /// <summary>The statistic of (mean, sample std) over each trailing window of <paramref name="window"/> daily returns (NaN before the first full window).</summary>
    internal static double[] Rolling(double[] returns, Func<double, double, double> statistic, int window = LongWindow)
    {
        // Running sums make each window O(1): var = (sum r^2 - (sum r)^2 / n) / (n - 1).
        var values = new double[returns.Length];
        double sum = 0, squares = 0;
        for (int t = 0; t < returns.Length; t++)
        {
            sum += returns[t];
            squares += returns[t] * returns[t];
            if (t >= window)
            {
                sum -= returns[t - window];
                squares -= returns[t - window] * returns[t - window];
            }

            if (t + 1 < window)
            {
                values[t] = double.NaN;
                continue;
            }

            double mean = sum / window;
            double variance = Math.Max(0, (squares - (sum * sum / window)) / (window - 1));
            values[t] = statistic(mean, Math.Sqrt(variance));
        }

        return values;
    }

    private static Plot Build(SavedRun run, ReportOptions options, string what, Func<double, double, double> statistic, bool percent)
    {
        int window = WindowFor(run.Dates.Length);
        string title = $"Rolling {window}-day {what}";
        var plot = ReportStyle.NewPlot();
        double[] x = Axis.X(run.Dates);
        double rf = ReturnMetrics.DailyRate(run.Metrics.RiskFreeRate);
        double[] Excess(double[] equity) => Array.ConvertAll(DailyReturns.From(equity, run.Capital), r => r - (percent ? 0 : rf));
        double[] benchmark = run.Benchmark is null ? [] : Rolling(Excess(run.Benchmark), statistic, window);
        double[] strategy = Rolling(Excess(run.Equity), statistic, window);
        bool drawn = run.Dates.Length >= window;
        if (drawn && run.Benchmark is not null)
        {
            Add(plot, options.Size, x, benchmark, $"Benchmark {run.Metrics.BenchmarkTicker}", ReportStyle.Benchmark, 1.2f, window);
        }

        if (drawn)
        {
            Add(plot, options.Size, x, strategy, run.Label, ReportStyle.Strategy, 1.6f, window);
        }

        if (!percent)
        {
            plot.Add.HorizontalLine(0, 0.8f, ReportStyle.Ink.WithAlpha(0.6));
        }

        ReportStyle.Apply(plot, title, Subtitle.Of(run, options));
        Axis.Dates(plot, run.Dates);
        Axis.FitY(plot, strategy, benchmark, percent ? [0] : [-1, 1]);
        if (percent)
        {
            Axis.Percent(plot);
        }

        if (!drawn)
        {
            var note = plot.Add.Annotation($"The run has {run.Dates.Length} days, fewer than one {window}-day window.", Alignment.MiddleCenter);
            note.LabelBackgroundColor = Colors.White;
            note.LabelBorderColor = ReportStyle.GridLine;
            note.LabelShadowColor = Colors.Transparent;
            note.LabelFontName = ReportStyle.FontFamily;
            note.LabelFontSize = ReportStyle.TextSize;
        }
        else
        {
            Legends.Below(plot);
        }

        return plot;
    }

    // Only the days with a full window are drawn: the line starts on the window's first complete day.
    private static void Add(Plot plot, FigureSize size, double[] x, double[] y, string label, Color color, float width, int window)
    {
        int first = window - 1;
        var line = ThinnedLine.Add(plot, x[first..], y[first..], color, size);
        line.LineWidth = width;
        line.LegendText = label;
    }
}
