using Backtest.Core.Borrow;
using Backtest.Core.Engine;
using Backtest.Core.Metrics;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

// FsCheck supplies the arguments of [Property] methods; the NUnit analyzer cannot see that.
#pragma warning disable NUnit1027

namespace Backtest.Core.Tests.Engine;

/// <summary>
/// The shorts' dated terms on random runs, recomputed here from the borrow rows and the settings without the engine's
/// schedule: the rate in force at a panel day is the latest row dated on or before it (its fee, else the constant), a
/// stress on or before it wins over both.
/// </summary>
public partial class AccountingPropertyTests
{
    [Property(MaxTest = 200)]
    public bool Financing_IsTheSumOfNightlyAccrualsAtTheRatesInForce(int seed)
    {
        RandomBook book = Generate(seed, wild: seed % 2 == 0);
        BacktestResult r = Backtester.Run(book.Panel, book.Strategy, book.Settings, book.Models);

        DateOnly[] dates = book.Panel.Dates;
        int tickers = book.Panel.TickerCount;
        double fees = 0, rebates = 0, interest = 0, loans = 0;
        var feesByTicker = new double[tickers];
        for (int t = 1; t < r.DayCount; t++)
        {
            double yearFraction = (dates[t].DayNumber - dates[t - 1].DayNumber) / 360.0;
            double rebated = 0;
            for (int i = 0; i < tickers; i++)
            {
                double q = r.Quantity(i, t - 1);
                if (q >= 0)
                {
                    continue;
                }

                double proceeds = -q * book.Panel.Close[(i * book.Panel.DayCount) + t - 1];
                BorrowRow? row = RowInForce(book, i, dates[t - 1]);
                double fee = proceeds * FeeInForce(book, i, dates[t - 1], row) * yearFraction;
                fees += fee;
                feesByTicker[i] += fee;
                if (row?.Rebate is { } rebate)
                {
                    rebates += proceeds * rebate * yearFraction;
                    rebated += proceeds;
                }
            }

            double cash = r.Cash[t - 1];
            interest += cash - rebated > 0 ? (cash - rebated) * book.Settings.CashRate * yearFraction : 0;
            loans += cash < 0 ? -cash * book.Settings.MarginRate * yearFraction : 0;
        }

        CostTotals c = r.Costs;
        return Close(c.BorrowFees, fees) && Close(c.BorrowRebate, rebates) && Close(c.CashInterest, interest) && Close(c.MarginInterest, loans)
            && Enumerable.Range(0, tickers).All(i => Close(r.TickerBorrowFees[i], feesByTicker[i]));
    }

    [Property(MaxTest = 200)]
    public bool Shorts_GrowOnlyWithinTheSharesAvailableAndNeverWhileRecalled(int seed)
    {
        RandomBook book = Generate(seed, wild: seed % 2 == 0);
        BacktestResult r = Backtester.Run(book.Panel, book.Strategy, book.Settings, book.Models);

        int tickers = book.Panel.TickerCount;
        var held = new double[tickers];
        foreach (Trade trade in r.Trades.Where(x => x.Instrument < tickers))
        {
            int i = trade.Instrument;
            double before = held[i], after = before + trade.Quantity;
            held[i] = after;
            if (trade.Reason == TradeReason.Recall && (after != 0 || before >= 0))
            {
                return false;
            }

            bool grew = after < Math.Min(before, 0) - 1e-9;
            if (trade.Reason == TradeReason.Rebalance && grew)
            {
                double limit = Recalled(book, i, trade.Day) ? 0 : RowInForce(book, i, book.Panel.Dates[trade.Day])?.Available ?? double.PositiveInfinity;
                if (-after > limit + 1e-9)
                {
                    return false;
                }
            }
        }

        // While recalled, the ticker is never short at a close.
        for (int i = 0; i < tickers; i++)
        {
            for (int t = 0; t < r.DayCount; t++)
            {
                if (Recalled(book, i, t) && r.Quantity(i, t) < 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(MaxTest = 150)]
    public bool TickerPnl_WithCashAndMarginInterest_AddsUpToTheRunsGain(int seed)
    {
        RandomBook book = Generate(seed, wild: seed % 2 == 0);
        BacktestResult r = Backtester.Run(book.Panel, book.Strategy, book.Settings, book.Models);

        // Rebates belong to the ticker whose proceeds earned them; interest on cash and margin loans to no ticker.
        double gain = TickerPnl.From(r).Sum(p => p.Pnl) + r.Costs.CashInterest - r.Costs.MarginInterest;
        return Close(gain, r.Equity[^1] - book.Settings.Capital)
            && Close(TickerPnl.From(r).Sum(p => p.BorrowRebate), r.Costs.BorrowRebate);
    }

    private static BorrowRow? RowInForce(RandomBook book, int ticker, DateOnly date) =>
        book.Rows.Where(row => row.Ticker == book.Panel.Tickers[ticker] && row.Date <= date).MaxBy(row => row.Date);

    private static double FeeInForce(RandomBook book, int ticker, DateOnly date, BorrowRow? row)
    {
        var stresses = book.Settings.BorrowFee.Dated().Where(s => s.Ticker == book.Panel.Tickers[ticker] && s.From <= date).ToList();
        return stresses.Count > 0 ? stresses.MaxBy(s => s.From).Rate : row?.Fee ?? book.Settings.BorrowFee.For(book.Panel.Tickers[ticker]);
    }

    // The generator recalls on a day the ticker trades, so the recall's day is its date's.
    private static bool Recalled(RandomBook book, int ticker, int day) =>
        book.Settings.Recall.Dates.TryGetValue(book.Panel.Tickers[ticker], out DateOnly date)
        && Array.IndexOf(book.Panel.Dates, date) is int recall && day >= recall && day < recall + book.Settings.RecallDays;
}
