using Backtest.Core.Borrow;
using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Options;
using Backtest.Core.Options.Pricing;
using Backtest.Core.Strategies;
using Backtest.Testing;

namespace Backtest.Core.Tests.Engine;

/// <summary>The random runs the accounting properties are checked on.</summary>
public partial class AccountingPropertyTests
{
    // A random panel (1 to 3 tickers, one possibly listing late, random walks with dividends), random costs and
    // a strategy drawing random weights at each weekly decision; in half the runs it also buys puts and calls (strikes
    // 70% to 130% of the close, expiring in 1 to 6 weeks, some inside the run), by contracts or premium weight.
    // wild: daily moves of about 10%, monthly decisions, fills at the open and a leverage cap of 1.5 to 4, so that margin
    // calls, stops and ruin fall on the quiet days between decisions.
    private static (PricePanel Panel, IStrategy Strategy, EngineSettings Settings, CostModels Models) RandomRun(int seed, bool wild = false)
    {
        RandomBook book = Generate(seed, wild);
        return (book.Panel, book.Strategy, book.Settings, book.Models);
    }

    // In half the runs, the shorts' terms are dated too: a few borrow rows per ticker on random calendar days (some
    // before the run, on weekends or after it), each with or without a fee (up to 80%), a rebate (-10% to 5%) and the
    // shares available (up to 1.5 times what the capital buys, so orders are cut); in a third, a recall of a random
    // ticker for 0 to 30 days and, in another third, a fee stress. Margin loans cost 0 to 10%.
    private static RandomBook Generate(int seed, bool wild)
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
        PricePanel panel = TestPanel.Of(names, dates, opens, closes, dividends);
        var rows = new List<BorrowRow>();
        if (random.Next(2) == 0)
        {
            for (int i = 0; i < tickers; i++)
            {
                double firstClose = closes[i].First(double.IsFinite);
                var taken = new HashSet<DateOnly>();
                for (int k = random.Next(0, 5); k > 0; k--)
                {
                    DateOnly date = dates[0].AddDays(random.Next(-5, (days * 7 / 5) + 5));
                    if (taken.Add(date))
                    {
                        rows.Add(new BorrowRow(
                            date,
                            names[i],
                            random.Next(3) == 0 ? null : random.NextDouble() * 0.8,
                            random.Next(2) == 0 ? null : (random.NextDouble() * 0.15) - 0.1,
                            random.Next(2) == 0 ? null : Math.Floor(random.NextDouble() * 1.5 * settings.Capital / firstClose)));
                    }
                }
            }
        }

        settings = settings with { MarginRate = random.NextDouble() * 0.1, RecallDays = random.Next(0, 31) };
        if (random.Next(3) == 0)
        {
            int i = random.Next(tickers);
            int day = random.Next(1, days);
            while (day < days - 1 && double.IsNaN(closes[i][day]))
            {
                day++;
            }

            if (!double.IsNaN(closes[i][day]))
            {
                settings = settings with { Recall = settings.Recall.With(names[i], dates[day]) };
            }
        }

        if (random.Next(3) == 0)
        {
            settings = settings with { BorrowFee = settings.BorrowFee.With(names[random.Next(tickers)], dates[0].AddDays(random.Next(0, days)), random.NextDouble()) };
        }

        BorrowSchedule? schedule = rows.Count == 0 ? null : new BorrowSchedule(rows, dates, names);
        return new RandomBook(panel, strategy, settings, [.. rows], CostModels.From(settings, panel, null, schedule));
    }

    /// <summary>A random run's parts, with the borrow rows its schedule was made from.</summary>
    private sealed record RandomBook(PricePanel Panel, IStrategy Strategy, EngineSettings Settings, BorrowRow[] Rows, CostModels Models);

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
