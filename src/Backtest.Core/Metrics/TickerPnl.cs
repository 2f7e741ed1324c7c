using Backtest.Core.Engine;

namespace Backtest.Core.Metrics;

/// <summary>What one ticker made or lost over a run, and what it cost.</summary>
/// <param name="Ticker">The ticker.</param>
/// <param name="Pnl">Final market value, less what its trades cost (price and commission), plus dividends, less borrow fees.</param>
/// <param name="Trades">The number of fills.</param>
/// <param name="Commission">Commissions paid on it.</param>
/// <param name="Slippage">Slippage paid on it (already inside <paramref name="Pnl"/> through the fill prices).</param>
/// <param name="BorrowFees">Borrow fees paid on its shorts.</param>
/// <param name="Dividends">Dividends received (positive) or paid (negative).</param>
public sealed record TickerPnl(string Ticker, double Pnl, int Trades, double Commission, double Slippage, double BorrowFees, double Dividends)
{
    /// <summary>The P&amp;L of each ticker of <paramref name="result"/>; with cash interest they add up to equity less capital.</summary>
    public static TickerPnl[] From(BacktestResult result)
    {
        int n = result.Panel.TickerCount, last = result.DayCount - 1;
        var spent = new double[n];
        var commission = new double[n];
        var slippage = new double[n];
        var trades = new int[n];
        foreach (Trade trade in result.Trades)
        {
            spent[trade.Ticker] += (trade.Quantity * trade.Price) + trade.Commission;
            commission[trade.Ticker] += trade.Commission;
            slippage[trade.Ticker] += trade.Slippage;
            trades[trade.Ticker]++;
        }

        var pnl = new TickerPnl[n];
        for (int i = 0; i < n; i++)
        {
            double quantity = result.Quantity(i, last);
            double value = quantity == 0 ? 0 : quantity * result.Panel.Close[(i * result.Panel.DayCount) + last];
            double earned = value - spent[i] + result.TickerDividends[i] - result.TickerBorrowFees[i];
            pnl[i] = new TickerPnl(result.Panel.Tickers[i], earned, trades[i], commission[i], slippage[i], result.TickerBorrowFees[i], result.TickerDividends[i]);
        }

        return pnl;
    }
}
