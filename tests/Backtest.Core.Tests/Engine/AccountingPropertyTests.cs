using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Options;
using Backtest.Core.Options.Pricing;
using Backtest.Core.Strategies;
using Backtest.Testing;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

// FsCheck supplies the arguments of [Property] methods; the NUnit analyzer cannot see that.
#pragma warning disable NUnit1027

namespace Backtest.Core.Tests.Engine;

/// <summary>Bookkeeping invariants on random price paths, costs and strategies: FsCheck picks the seeds.</summary>
[TestFixture]
public partial class AccountingPropertyTests
{
    [Property(MaxTest = 150)]
    public bool Equity_IsCashPlusSharesPlusOptionValuesOnEveryDay(int seed)
    {
        (PricePanel panel, IStrategy strategy, EngineSettings settings, CostModels models) = RandomRun(seed);

        return EquityIsCashPlusHoldings(Backtester.Run(panel, strategy, settings, models));
    }

    /// <summary>On every day: equity = cash + shares at the close + option contracts at their marks, and the parts the result reports add up to it.</summary>
    internal static bool EquityIsCashPlusHoldings(BacktestResult r)
    {
        PricePanel panel = r.Panel;
        double[][] contracts = Enumerable.Range(0, r.Options.Count).Select(r.OptionContracts).ToArray();
        for (int t = 0; t < r.DayCount; t++)
        {
            double marketValue = 0, optionValue = 0;
            for (int i = 0; i < panel.TickerCount; i++)
            {
                double q = r.Quantity(i, t);
                marketValue += q == 0 ? 0 : q * panel.Close[(i * panel.DayCount) + t];
            }

            for (int k = 0; k < contracts.Length; k++)
            {
                optionValue += contracts[k][t] == 0 ? 0 : contracts[k][t] * OptionContract.Multiplier * r.Options[k].Mark(t);
            }

            bool identity = Close(r.Equity[t], r.Cash[t] + marketValue + optionValue)
                && Close(r.Equity[t], r.Cash[t] + r.LongValue[t] + r.ShortValue[t] + r.OptionValue[t])
                && Close(r.OptionValue[t], optionValue);
            if (!identity || contracts.Any(c => c[t] < 0))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 100)]
    public bool Options_AreHeldNoLaterThanTheirExpiryClose(int seed)
    {
        (PricePanel panel, IStrategy strategy, EngineSettings settings, CostModels models) = RandomRun(seed);

        BacktestResult r = Backtester.Run(panel, strategy, settings, models);

        // Settled at the expiry close: from that close on, no contracts are held, and each settlement is one trade.
        for (int k = 0; k < r.Options.Count; k++)
        {
            int expiry = r.Options[k].ExpiryDay;
            double[] held = r.OptionContracts(k);
            if (expiry >= 0 && expiry < r.DayCount && held[expiry..].Any(c => c != 0))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 150)]
    public bool Cash_ReconcilesWithTradesFeesDividendsAndInterest(int seed)
    {
        (PricePanel panel, IStrategy strategy, EngineSettings settings, CostModels models) = RandomRun(seed);

        return CashReconciles(Backtester.Run(panel, strategy, settings, models), settings);
    }

    /// <summary>The last day's cash is the capital less every trade and commission, plus every income less every cost; no cost is negative.</summary>
    internal static bool CashReconciles(BacktestResult r, EngineSettings settings)
    {
        // Every change of cash is a trade, a cost or an income: nothing else may touch it.
        double cash = settings.Capital;
        foreach (Trade trade in r.Trades)
        {
            cash -= trade.Value + trade.Commission;
        }

        CostTotals c = r.Costs;
        cash += -c.BorrowFees + c.DividendsReceived - c.DividendsPaid + c.CashInterest + c.BorrowRebate - c.MarginInterest;

        // Every cost is positive money; the rebate alone may be negative (a hard-to-borrow rebate rate below zero).
        bool nonNegative = c.Commission >= 0 && c.Slippage >= 0 && c.BorrowFees >= 0 && c.DividendsPaid >= 0 && c.DividendsReceived >= 0
            && c.CashInterest >= 0 && c.MarginInterest >= 0 && r.TickerBorrowFees.All(fee => fee >= 0);
        return nonNegative && Close(cash, r.Cash[^1]);
    }

    [Property(MaxTest = 150)]
    public bool GrossExposure_NeverGrowsPastTheCapAtACostlessCloseRebalance(int seed)
    {
        (PricePanel panel, IStrategy strategy, EngineSettings settings, _) = RandomRun(seed);
        settings = Costless.Settings(settings.Capital) with { LeverageCap = settings.LeverageCap, Fractional = settings.Fractional };
        var costlessOptions = new OptionSettings { OptionSpread = 0, OptionCommission = 0, OptionCommissionMin = 0 };

        BacktestResult r = Backtester.Run(panel, strategy, settings, CostModels.From(settings, panel, costlessOptions));

        // Prices may carry a book past the cap; a rebalance may then only reduce it, never add beyond the cap.
        foreach (int t in r.Trades.Where(x => x.Reason == TradeReason.Rebalance).Select(x => x.Day).Distinct())
        {
            double before = 0, after = 0;
            for (int i = 0; i < panel.TickerCount; i++)
            {
                double close = panel.Close[(i * panel.DayCount) + t];
                before += t == 0 ? 0 : Math.Abs(r.Quantity(i, t - 1) * close);
                after += r.Quantity(i, t) == 0 ? 0 : Math.Abs(r.Quantity(i, t) * close);
            }

            // An option counts at its premium value.
            for (int k = 0; k < r.Options.Count; k++)
            {
                double[] held = r.OptionContracts(k);
                double price = r.Options[k].Covers(t) ? OptionContract.Multiplier * r.Options[k].Mark(t) : 0;
                before += t == 0 ? 0 : held[t - 1] * price;
                after += held[t] * price;
            }

            if (after > (Math.Max(settings.LeverageCap * r.Equity[t], before) * (1 + 1e-9)) + 1e-6)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 300)]
    public bool QuietDays_RunInOnePassGiveTheSameRunToTheLastBitAsEveryStepEveryDay(int seed) =>
        SameWithEveryStepEveryDay(seed, wild: false) && SameWithEveryStepEveryDay(seed, wild: true);

    private static bool SameWithEveryStepEveryDay(int seed, bool wild)
    {
        // The same run twice, once with every step every day: borrow data, recalls and stresses included.
        (PricePanel panel, IStrategy strategy, EngineSettings settings, CostModels models) = RandomRun(seed, wild);
        (_, IStrategy again, _, _) = RandomRun(seed, wild);
        BacktestResult quiet = Backtester.Run(panel, strategy, settings, models);
        BacktestResult stepped = Backtester.Run(panel, again, settings, models, null, null, stepEveryDay: true);

        bool same = quiet.DayCount == stepped.DayCount && quiet.Ruined == stepped.Ruined && quiet.Costs == stepped.Costs
            && quiet.Equity.SequenceEqual(stepped.Equity) && quiet.Cash.SequenceEqual(stepped.Cash)
            && quiet.LongValue.SequenceEqual(stepped.LongValue) && quiet.ShortValue.SequenceEqual(stepped.ShortValue)
            && quiet.TickerBorrowFees.SequenceEqual(stepped.TickerBorrowFees)
            && quiet.Trades.SequenceEqual(stepped.Trades)
            && quiet.Events.Select(e => e.Message).SequenceEqual(stepped.Events.Select(e => e.Message));
        for (int i = 0; i < panel.TickerCount && same; i++)
        {
            for (int t = 0; t < quiet.DayCount && same; t++)
            {
                same = quiet.Quantity(i, t) == stepped.Quantity(i, t);
            }
        }

        return same;
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
}
