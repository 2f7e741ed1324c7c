using System.Globalization;
using Backtest.Reporting.Input;
using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Figures;

/// <summary>What each cost took from equity (and each income added), in money, labelled with its share of capital.</summary>
internal static class CostFigure
{
    public static Plot Build(SavedRun run, ReportOptions options)
    {
        var plot = ReportStyle.NewPlot();
        LabelledBars.Add(plot, [.. run.Metrics.CostSplit.Select(c => (c.Name, c.Amount,
            $"{Axis.MoneyText(c.Amount)} ({c.OfCapital.ToString("+0.###%;-0.###%;0%", CultureInfo.InvariantCulture)})"))]);
        ReportStyle.Apply(plot, "Costs and income (effect on equity)", Subtitle.Of(run, options));
        return plot;
    }
}
