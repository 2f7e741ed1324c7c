using System.Globalization;
using Backtest.Core.Metrics;
using Backtest.Reporting.Input;
using Backtest.Reporting.Output;
using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Figures;

/// <summary>
/// Each ticker's and each option contract's P&amp;L over the run (price moves, costs, dividends and borrow included), largest
/// gain on top.
/// </summary>
internal static class ContributionFigure
{
    /// <summary>More bars than this do not fit a figure: option contracts are then summed per underlying and right.</summary>
    public const int MostBars = 16;

    public static Plot Build(SavedRun run, ReportOptions options)
    {
        var plot = ReportStyle.NewPlot();
        IReadOnlyList<TickerPnl> rows = Rows(run);
        IReadOnlyList<string> contracts = run.Contracts;
        int optionRows = rows.Count(r => contracts.Contains(r.Ticker));
        bool grouped = rows.Count > MostBars && optionRows > 0;
        if (grouped)
        {
            rows = Grouped(rows, contracts);
        }

        string title = grouped ? "P&L by ticker and by underlying's options"
            : optionRows == 0 ? "P&L by ticker" : optionRows == rows.Count ? "P&L by option contract" : "P&L by ticker and option contract";
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

    /// <summary>
    /// The rows with every option contract summed into one row per underlying and right (<c>NVDA puts (14)</c>, the number
    /// of contracts in brackets): a rolled strategy holds a hundred contracts over years, too many bars to read.
    /// </summary>
    public static IReadOnlyList<TickerPnl> Grouped(IReadOnlyList<TickerPnl> rows, IReadOnlyList<string> contracts)
    {
        var shares = rows.Where(r => !contracts.Contains(r.Ticker));
        var options = rows.Where(r => contracts.Contains(r.Ticker))
            .GroupBy(r => OptionGroups.Of(r.Ticker))
            .Select(g => new TickerPnl(
                $"{g.Key} ({g.Count()})",
                g.Sum(r => r.Pnl),
                g.Sum(r => r.Trades),
                g.Sum(r => r.Commission),
                g.Sum(r => r.Slippage),
                g.Sum(r => r.BorrowFees),
                g.Sum(r => r.Dividends)));
        return [.. shares, .. options];
    }
}
