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
public class AccountingPropertyTests
{
    [Property(MaxTest = 150)]
    public bool Equity_IsCashPlusSharesPlusOptionValuesOnEveryDay(int seed)
    {
        (PricePanel panel, IStrategy strategy, EngineSettings settings) = RandomRun(seed);

        BacktestResult r = Backtester.Run(panel, strategy, settings);

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
        (PricePanel panel, IStrategy strategy, EngineSettings settings) = RandomRun(seed);

        BacktestResult r = Backtester.Run(panel, strategy, settings);

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
        (PricePanel panel, IStrategy strategy, EngineSettings settings) = RandomRun(seed);

        BacktestResult r = Backtester.Run(panel, strategy, settings);

        // Every change of cash is a trade, a cost or an income: nothing else may touch it.
        double cash = settings.Capital;
        foreach (Trade trade in r.Trades)
        {
            cash -= trade.Value + trade.Commission;
        }

        CostTotals c = r.Costs;
        cash += -c.BorrowFees + c.DividendsReceived - c.DividendsPaid + c.CashInterest;
        bool nonNegative = c.Commission >= 0 && c.Slippage >= 0 && c.BorrowFees >= 0 && c.DividendsPaid >= 0 && c.DividendsReceived >= 0;
        return nonNegative && Close(cash, r.Cash[^1]);
    }

    [Property(MaxTest = 150)]
    public bool GrossExposure_NeverGrowsPastTheCapAtACostlessCloseRebalance(int seed)
    {
        (PricePanel panel, IStrategy strategy, EngineSettings settings) = RandomRun(seed);
        settings = Costless.Settings(settings.Capital) with { LeverageCap = settings.LeverageCap, Fractional = settings.Fractional };
        var costlessOptions = new OptionSettings { OptionSpread = 0, OptionCommission = 0, OptionCommissionMin = 0 };

        BacktestResult r = Backtester.Run(panel, strategy, settings, CostModels.From(settings, panel.Tickers, costlessOptions));

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
        // A borrow rate that may change by the day rules quiet days out: every day then takes every step.
        (PricePanel panel, IStrategy strategy, EngineSettings settings) = RandomRun(seed, wild);
        (_, IStrategy again, _) = RandomRun(seed, wild);
        CostModels models = CostModels.From(settings, panel.Tickers);
        BacktestResult quiet = Backtester.Run(panel, strategy, settings, models);
        BacktestResult stepped = Backtester.Run(panel, again, settings, models with { Borrow = new DatedBorrow(models.Borrow) });

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

    private sealed class DatedBorrow(Backtest.Core.Costs.IBorrowFeeModel fixedRates) : Backtest.Core.Costs.IBorrowFeeModel
    {
        public double AnnualRate(int ticker, int day) => fixedRates.AnnualRate(ticker, day);

        public bool VariesByDay => true;
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    // A random panel (1 to 3 tickers, one possibly listing late, random walks with dividends), random costs and
    // a strategy drawing random weights at each weekly decision; in half the runs it also buys puts and calls (strikes
    // 70% to 130% of the close, expiring in 1 to 6 weeks, some inside the run), by contracts or premium weight.
    // wild: daily moves of about 10%, monthly decisions, fills at the open and a leverage cap of 1.5 to 4, so that margin
    // calls, stops and ruin fall on the quiet days between decisions.
    private static (PricePanel Panel, IStrategy Strategy, EngineSettings Settings) RandomRun(int seed, bool wild = false)
    {
        double volatility = wild ? 0.1 : 0.03;
        var random = new Random(seed);
        int tickers = random.Next(1, 4);
        int days = random.Next(20, 120);
        DateOnly[] dates = TestPanel.Weekdays(new DateOnly(2024, 1, 1), days);
        var opens = new double[tickers][];
        var closes = new double[tickers][];
        var dividends = new double[tickers][];
        for (int i = 0; i < tickers; i++)
        {
            int listing = i == 1 ? random.Next(0, days / 2) : 0;
            (opens[i], closes[i], dividends[i]) = (new double[days], new double[days], new double[days]);
            double price = 20 + (random.NextDouble() * 200);
            for (int t = 0; t < days; t++)
            {
                bool listed = t >= listing;
                double open = price * Math.Exp(0.02 * Gaussian(random));
                price = open * Math.Exp(volatility * Gaussian(random));
                opens[i][t] = listed ? open : double.NaN;
                closes[i][t] = listed ? price : double.NaN;
                dividends[i][t] = listed && random.NextDouble() < 0.03 ? price * 0.01 : 0;
            }
        }

        string[] names = Enumerable.Range(0, tickers).Select(i => $"T{i}").ToArray();
        bool options = random.Next(2) == 0;
        var strategy = new ScriptedStrategy(names, new Schedule(wild ? Frequency.Monthly : Frequency.Weekly), (context, book) =>
        {
            for (int i = 0; i < tickers; i++)
            {
                if (context.IsLive(i))
                {
                    book.SetWeight(i, (random.NextDouble() * 2.4) - 1.2);
                }
            }

            int underlying = random.Next(tickers);
            if (options && context.IsLive(underlying))
            {
                var contract = new OptionContract(
                    names[underlying],
                    random.Next(2) == 0 ? OptionRight.Put : OptionRight.Call,
                    Math.Round(context.Close(underlying) * (0.7 + (random.NextDouble() * 0.6)), 1),
                    context.Date.AddDays(random.Next(7, 43)),
                    random.Next(2) == 0 ? OptionStyle.American : OptionStyle.European);
                int option = context.Option(contract);
                if (random.Next(2) == 0)
                {
                    book.SetQuantity(option, random.Next(0, 6));
                }
                else
                {
                    book.SetWeight(option, random.NextDouble() * 0.05);
                }
            }
        });
        var settings = new EngineSettings
        {
            Capital = 10_000 + (random.NextDouble() * 1_000_000),
            Fill = random.Next(2) == 0 || wild ? FillTiming.Open : FillTiming.Close,
            Fractional = random.Next(2) == 0,
            SlippageBps = random.NextDouble() * 20,
            BorrowFee = new(random.NextDouble() * 0.2),
            CashRate = random.NextDouble() * 0.05,
            LeverageCap = (wild ? 1.5 : 0.5) + (random.NextDouble() * 2.5),
            StopLoss = random.Next(3) == 0 ? 0.1 + (random.NextDouble() * 0.3) : 0,
        };
        return (TestPanel.Of(names, dates, opens, closes, dividends), strategy, settings);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
