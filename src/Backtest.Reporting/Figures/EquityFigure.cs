using Backtest.Reporting.Input;
using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Figures;

/// <summary>Equity against the benchmark, both from the same starting capital, linear or log.</summary>
internal static class EquityFigure
{
    public static Plot Build(SavedRun run, ReportOptions options)
    {
        var plot = ReportStyle.NewPlot();
        double[] x = Axis.X(run.Dates);
        Func<double, double> y = options.LogScale ? Math.Log10 : v => v;
        double[] strategy = Array.ConvertAll(run.Equity, v => y(v));
        double[] benchmark = run.Benchmark is null ? [] : Array.ConvertAll(run.Benchmark, v => y(v));
        if (run.Benchmark is not null)
        {
            var b = ThinnedLine.Add(plot, x, benchmark, ReportStyle.Benchmark, options.Size);
            b.LineWidth = 1.2f;
            b.LegendText = $"Benchmark {run.Metrics.BenchmarkTicker} (buy and hold)";
        }

        var s = ThinnedLine.Add(plot, x, strategy, ReportStyle.Strategy, options.Size);
        s.LineWidth = 1.6f;
        s.LegendText = run.Label;
        plot.Add.HorizontalLine(y(run.Capital), 0.8f, ReportStyle.Ink.WithAlpha(0.5), LinePattern.Dotted);
        ReportStyle.Apply(plot, "Equity" + (options.LogScale ? " (log scale)" : string.Empty), Subtitle.Of(run, options));
        Axis.Dates(plot, run.Dates);
        double top = Axis.FitY(plot, strategy, benchmark, [y(run.Capital)]);
        if (options.LogScale)
        {
            // Equity at or below zero has no logarithm: the axis starts at the smallest positive value.
            double[] positive = [.. run.Equity.Concat(run.Benchmark ?? []).Where(v => v > 0)];
            Axis.LogMoney(plot, positive.Min(), Math.Pow(10, top));
        }
        else
        {
            Axis.Money(plot);
        }

        EventMarkers.Add(plot, run, top, options.Size);
        Legends.Below(plot);
        return plot;
    }
}
