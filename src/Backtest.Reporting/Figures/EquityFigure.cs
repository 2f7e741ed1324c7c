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
        if (run.Benchmark is { } benchmark)
        {
            var b = plot.Add.ScatterLine(x, Array.ConvertAll(benchmark, v => y(v)), ReportStyle.Benchmark);
            b.LineWidth = 1.2f;
            b.LegendText = $"Benchmark {run.Metrics.BenchmarkTicker} (buy and hold)";
        }

        var s = plot.Add.ScatterLine(x, Array.ConvertAll(run.Equity, v => y(v)), ReportStyle.Strategy);
        s.LineWidth = 1.6f;
        s.LegendText = run.Label;
        var capital = plot.Add.HorizontalLine(y(run.Capital), 0.8f, ReportStyle.Ink.WithAlpha(0.5), LinePattern.Dotted);
        capital.LegendText = string.Empty;
        EventMarkers.Add(plot, run);
        ReportStyle.Apply(plot, "Equity" + (options.LogScale ? " (log scale)" : string.Empty), Subtitle.Of(run, options));
        Axis.Dates(plot);
        if (options.LogScale)
        {
            Axis.LogMoney(plot);
        }
        else
        {
            Axis.Money(plot);
        }

        Legends.Below(plot);
        return plot;
    }
}
