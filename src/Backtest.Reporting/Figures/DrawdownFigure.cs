using Backtest.Core.Metrics;
using Backtest.Reporting.Input;
using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Figures;

/// <summary>The strategy's drawdown (under water, filled) with the benchmark's as a line beside it.</summary>
internal static class DrawdownFigure
{
    public static Plot Build(SavedRun run, ReportOptions options)
    {
        var plot = ReportStyle.NewPlot();
        double[] x = Axis.X(run.Dates);
        double[] drawdown = Drawdown.Underwater(run.Equity, run.Capital);
        var fill = ThinnedLine.Add(plot, x, drawdown, ReportStyle.Short, options.Size);
        fill.FillY = true;
        fill.FillYValue = 0;
        fill.FillYColor = ReportStyle.Short.WithAlpha(0.3);
        fill.LineWidth = 1;
        fill.LegendText = $"{run.Label} (max {Axis.PercentText(run.Metrics.Strategy.MaxDrawdown)})";
        double[] benchmarkDrawdown = run.Benchmark is { } benchmark ? Drawdown.Underwater(benchmark, run.Capital) : [];
        if (run.Benchmark is not null)
        {
            var b = ThinnedLine.Add(plot, x, benchmarkDrawdown, ReportStyle.Benchmark, options.Size);
            b.LineWidth = 1.2f;
            b.LegendText = $"Benchmark {run.Metrics.BenchmarkTicker} (max {Axis.PercentText(run.Metrics.Benchmark!.MaxDrawdown)})";
        }

        ReportStyle.Apply(plot, "Drawdown from the running peak", Subtitle.Of(run, options));
        Axis.Dates(plot, run.Dates);
        Axis.Percent(plot);
        EventMarkers.Add(plot, run, Axis.FitY(plot, drawdown, benchmarkDrawdown, [0]), options.Size);
        Legends.Below(plot);
        return plot;
    }
}
