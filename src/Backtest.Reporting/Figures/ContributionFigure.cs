using System.Globalization;
using Backtest.Reporting.Input;
using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Figures;

/// <summary>Each ticker's P&amp;L over the run (price moves, costs, dividends and borrow included), largest gain on top.</summary>
internal static class ContributionFigure
{
    public static Plot Build(SavedRun run, ReportOptions options)
    {
        var plot = ReportStyle.NewPlot();
        LabelledBars.Add(plot, [.. run.Metrics.Tickers.OrderByDescending(t => t.Pnl).Select(t => (t.Ticker, t.Pnl,
            $"{(t.Pnl > 0 ? "+" : string.Empty)}{Axis.MoneyText(t.Pnl)} ({(t.Pnl / run.Capital).ToString("+0.#%;-0.#%;0%", CultureInfo.InvariantCulture)})"))]);
        ReportStyle.Apply(plot, "P&L by ticker", Subtitle.Of(run, options));
        return plot;
    }
}
