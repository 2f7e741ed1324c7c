using Backtest.Core.Engine;

namespace Backtest.Core.Metrics;

/// <summary>What one instrument (a ticker, or an option contract) made or lost over a run, and what it cost.</summary>
/// <param name="Ticker">The ticker, or the option's contract name (<c>PLTR 2027-01-15 P 50</c>).</param>
/// <param name="Pnl">Final market value, less what its trades cost (price and commission), plus dividends, less borrow fees, plus the rebate on its short proceeds.</param>
/// <param name="Trades">The number of fills.</param>
/// <param name="Commission">Commissions paid on it.</param>
/// <param name="Slippage">Slippage (or, for an option, half spreads) paid on it (already inside <paramref name="Pnl"/> through the fill prices).</param>
/// <param name="BorrowFees">Borrow fees paid on its shorts.</param>
/// <param name="Dividends">Dividends received (positive) or paid (negative).</param>
public sealed record TickerPnl(string Ticker, double Pnl, int Trades, double Commission, double Slippage, double BorrowFees, double Dividends)
{
    /// <summary>The rebate credited on its short proceeds (negative when the rate was).</summary>
    public double BorrowRebate { get; init; }

    /// <summary>The P&amp;L of each ticker and then each option contract of <paramref name="result"/>; with cash and margin interest they add up to equity less capital.</summary>
    public static TickerPnl[] From(BacktestResult result)
    {
        int tickers = result.Panel.TickerCount, n = tickers + result.Options.Count, last = result.DayCount - 1;
        var spent = new double[n];
        var commission = new double[n];
        var slippage = new double[n];
        var trades = new int[n];
        foreach (ref readonly Trade trade in result.TradesInOrder)
        {
            spent[trade.Instrument] += trade.Value + trade.Commission;
            commission[trade.Instrument] += trade.Commission;
            slippage[trade.Instrument] += trade.Slippage;
            trades[trade.Instrument]++;
        }

        var pnl = new TickerPnl[n];
        for (int i = 0; i < tickers; i++)
        {
            double quantity = result.Quantity(i, last);
            double value = quantity == 0 ? 0 : quantity * result.Panel.Close[(i * result.Panel.DayCount) + last];
            double rebate = result.TickerBorrowRebates.Length == 0 ? 0 : result.TickerBorrowRebates[i];
            double earned = value - spent[i] + result.TickerDividends[i] - result.TickerBorrowFees[i] + rebate;
            pnl[i] = new TickerPnl(result.Panel.Tickers[i], earned, trades[i], commission[i], slippage[i], result.TickerBorrowFees[i], result.TickerDividends[i])
            {
                BorrowRebate = rebate,
            };
        }

        for (int k = 0; k < result.Options.Count; k++)
        {
            int i = tickers + k;
            double contracts = result.OptionContracts(k)[last];
            double value = contracts == 0 ? 0 : contracts * Options.OptionContract.Multiplier * result.Options[k].Mark(last);
            pnl[i] = new TickerPnl(result.InstrumentName(i), value - spent[i], trades[i], commission[i], slippage[i], 0, 0);
        }

        return pnl;
    }
}
