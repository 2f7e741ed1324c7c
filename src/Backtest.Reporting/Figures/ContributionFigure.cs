using System.Globalization;
using Backtest.Core.Metrics;
using Backtest.Reporting.Input;
using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Figures;

/// <summary>
/// Each ticker's and each option contract's P&amp;L over the run (price moves, costs, dividends and borrow included), largest
/// gain on top.
/// </summary>
internal static class ContributionFigure
{
    public static Plot Build(SavedRun run, ReportOptions options)
    {
        var plot = ReportStyle.NewPlot();
        IReadOnlyList<TickerPnl> rows = Rows(run);
        IReadOnlyList<string> contracts = run.Contracts;
        int optionRows = rows.Count(r => contracts.Contains(r.Ticker));
        string title = optionRows == 0 ? "P&L by ticker" : optionRows == rows.Count ? "P&L by option contract" : "P&L by ticker and option contract";
        LabelledBars.Add(plot, [.. rows.OrderByDescending(t => t.Pnl).Select(t => (t.Ticker, t.Pnl,
            $"{(t.Pnl > 0 ? "+" : string.Empty)}{Axis.MoneyText(t.Pnl)} ({(t.Pnl / run.Capital).ToString("+0.##%;-0.##%;0%", CultureInfo.InvariantCulture)})"))]);
        ReportStyle.Apply(plot, title, Subtitle.Of(run, options));
        return plot;
    }

    /// <summary>
    /// The instruments to draw: those traded or with a P&amp;L. A put book's underlyings are in the panel but never traded,
    /// and empty rows at zero would crowd the contracts that made the P&amp;L.
    /// </summary>
    public static IReadOnlyList<TickerPnl> Rows(SavedRun run)
    {
        TickerPnl[] used = [.. run.Metrics.Tickers.Where(t => t.Trades > 0 || t.Pnl != 0)];
        return used.Length > 0 ? used : run.Metrics.Tickers;
    }
}
