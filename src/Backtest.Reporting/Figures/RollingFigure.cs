using Backtest.Core.Metrics;
using Backtest.Reporting.Input;
using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Figures;

/// <summary>Rolling 126-day (half-year) annualised volatility or Sharpe ratio, strategy and benchmark.</summary>
internal static class RollingFigure
{
    /// <summary>Trading days in the window.</summary>
    public const int Window = 126;

    public static Plot Volatility(SavedRun run, ReportOptions options) =>
        Build(run, options, "Rolling 126-day volatility (annualised)", (mean, sd) => sd * Math.Sqrt(PerformanceSummary.PeriodsPerYear), percent: true);

    public static Plot Sharpe(SavedRun run, ReportOptions options) =>
        Build(run, options, "Rolling 126-day Sharpe ratio", (mean, sd) => sd > 0 ? mean / sd * Math.Sqrt(PerformanceSummary.PeriodsPerYear) : double.NaN, percent: false);

    /// <summary>The statistic of (mean, sample std) over each trailing window of <see cref="Window"/> daily returns (NaN before the first full window).</summary>
    internal static double[] Rolling(double[] returns, Func<double, double, double> statistic)
    {
        // Running sums make each window O(1): var = (sum r^2 - (sum r)^2 / n) / (n - 1).
        var values = new double[returns.Length];
        double sum = 0, squares = 0;
        for (int t = 0; t < returns.Length; t++)
        {
            sum += returns[t];
            squares += returns[t] * returns[t];
            if (t >= Window)
            {
                sum -= returns[t - Window];
                squares -= returns[t - Window] * returns[t - Window];
            }

            if (t + 1 < Window)
            {
                values[t] = double.NaN;
                continue;
            }

            double mean = sum / Window;
            double variance = Math.Max(0, (squares - (sum * sum / Window)) / (Window - 1));
            values[t] = statistic(mean, Math.Sqrt(variance));
        }

        return values;
    }

    private static Plot Build(SavedRun run, ReportOptions options, string title, Func<double, double, double> statistic, bool percent)
    {
        var plot = ReportStyle.NewPlot();
        double[] x = Axis.X(run.Dates);
        double rf = ReturnMetrics.DailyRate(run.Metrics.RiskFreeRate);
        double[] Excess(double[] equity) => Array.ConvertAll(DailyReturns.From(equity, run.Capital), r => r - (percent ? 0 : rf));
        double[] benchmark = run.Benchmark is null ? [] : Rolling(Excess(run.Benchmark), statistic);
        double[] strategy = Rolling(Excess(run.Equity), statistic);
        bool drawn = run.Dates.Length >= Window;
        if (drawn && run.Benchmark is not null)
        {
            Add(plot, x, benchmark, $"Benchmark {run.Metrics.BenchmarkTicker}", ReportStyle.Benchmark, 1.2f);
        }

        if (drawn)
        {
            Add(plot, x, strategy, run.Label, ReportStyle.Strategy, 1.6f);
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
            var note = plot.Add.Annotation($"The run has {run.Dates.Length} days, fewer than one {Window}-day window.", Alignment.MiddleCenter);
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
    private static void Add(Plot plot, double[] x, double[] y, string label, Color color, float width)
    {
        int first = Window - 1;
        var line = plot.Add.ScatterLine(x[first..], y[first..], color);
        line.LineWidth = width;
        line.LegendText = label;
    }
}
