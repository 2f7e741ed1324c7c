using System.Globalization;
using Backtest.Core.Borrow;
using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Strategies;
using Backtest.Testing;

namespace Backtest.Core.Tests.Borrow;

/// <summary>
/// The same borrow terms written as a CSV table and as a LEAN shortable folder give the same schedule, to the bit, and the same run.
/// The files are written here with string formatting of their own, not by anything the readers use.
/// </summary>
public class BorrowFormatsTests
{
    // Monday 2024-03-04 to Friday 2024-03-15, weekdays only.
    private static readonly DateOnly[] Dates =
    [
        .. Enumerable.Range(0, 12).Select(d => new DateOnly(2024, 3, 4).AddDays(d)).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)),
    ];

    private static readonly string[] Tickers = ["PLTR", "TSLA", "GME"];

    [Test]
    public void LeanFolderAndCsvTable_HandWrittenTerms_GiveTheSameSchedule()
    {
        // Before the panel, on a weekend, a negative rebate, a row without a rebate, one without any rate, a ticker not in the panel.
        Term[] terms =
        [
            new(new DateOnly(2024, 2, 28), "PLTR", 0.0025m, 0.0531m, 2_000_000),
            new(new DateOnly(2024, 3, 9), "PLTR", 0.0375m, -0.0125m, 150_000),
            new(new DateOnly(2024, 3, 13), "PLTR", 0.1275m, null, 4_000),
            new(new DateOnly(2024, 3, 6), "GME", null, null, 500),
            new(new DateOnly(2024, 3, 5), "AMC", 0.9m, -0.4m, 10),
        ];

        (BorrowSchedule fromTable, BorrowSchedule fromLean) = ReadBothWays(terms);

        AssertSameToTheBit(fromTable, fromLean);
        // The comparison would pass on two empty schedules; this pins that the terms landed.
        Assert.That(fromLean.Fee(0, 0), Is.EqualTo(0.0025));
        Assert.That(fromLean.Rebate(0, 5), Is.EqualTo(-0.0125));
        Assert.That(fromLean.Available(2, 2), Is.EqualTo(500));
    }

    [Test]
    public void LeanFolderAndCsvTable_RandomTermsInBasisPoints_GiveTheSameSchedule([Values(1, 2, 3, 4, 5)] int seed)
    {
        var random = new Random(seed);
        var terms = new List<Term>();
        foreach (string ticker in Tickers)
        {
            // Distinct dates from late February to the panel's end, some on weekends.
            foreach (DateOnly date in Enumerable.Range(0, 25).Where(_ => random.Next(3) == 0).Select(d => new DateOnly(2024, 2, 25).AddDays(d)))
            {
                decimal? fee = random.Next(5) == 0 ? null : random.Next(0, 5000) / 10000m;
                decimal? rebate = random.Next(4) == 0 ? null : random.Next(-3000, 600) / 10000m;
                terms.Add(new Term(date, ticker, fee, rebate, random.Next(0, 1_000_000)));
            }
        }

        (BorrowSchedule fromTable, BorrowSchedule fromLean) = ReadBothWays([.. terms]);

        AssertSameToTheBit(fromTable, fromLean);
    }

    [Test]
    public void LeanFolderAndCsvTable_SameTerms_GiveTheSameRun([Values(1, 2, 3)] int seed)
    {
        // Hard-to-borrow terms for all three, availability small enough to cut the shorts, and a short book rebalanced daily.
        var random = new Random(seed);
        var terms = new List<Term>();
        foreach (string ticker in Tickers)
        {
            foreach (DateOnly date in Enumerable.Range(0, 20).Where(_ => random.Next(3) == 0).Select(d => new DateOnly(2024, 3, 1).AddDays(d)))
            {
                terms.Add(new Term(date, ticker, random.Next(0, 9000) / 10000m, random.Next(-3000, 600) / 10000m, random.Next(0, 3_000)));
            }
        }

        double[][] closes = [.. Tickers.Select(_ => Dates.Select(_ => 20 + (random.NextDouble() * 10)).ToArray())];
        PricePanel panel = TestPanel.Of(Tickers, Dates, closes, closes);
        EngineSettings settings = new() { Capital = 100_000, CashRate = 0.04 };
        (BorrowSchedule fromTable, BorrowSchedule fromLean) = ReadBothWays([.. terms]);

        BacktestResult Run(BorrowSchedule schedule) => Backtester.Run(
            panel,
            new ScriptedStrategy(Tickers, new Schedule(Frequency.Daily), (_, book) => { book.SetWeight(0, -0.6); book.SetWeight(1, -0.5); book.SetWeight(2, 0.4); }),
            settings,
            CostModels.From(settings, panel, null, schedule));
        BacktestResult table = Run(fromTable), lean = Run(fromLean);

        Assert.That(lean.Equity, Is.EqualTo(table.Equity));
        Assert.That(lean.Trades, Is.EqualTo(table.Trades));
        Assert.That(lean.Costs, Is.EqualTo(table.Costs));
        Assert.That(lean.Events.Select(e => e.Message), Is.EqualTo(table.Events.Select(e => e.Message)));
        // The terms mattered: fees were charged and at least one short was cut to the shares available.
        Assert.That(table.Costs.BorrowFees, Is.GreaterThan(0));
        Assert.That(table.Events.Count(e => e.Kind == RunEventKind.BorrowLimit), Is.GreaterThan(0));
    }

    [Test]
    public void Read_PathThatIsNeitherFileNorFolder_ThrowsInputErrorNamingIt()
    {
        string path = Path.Combine(TestPaths.NewTempFolder(), "borrow.csv");

        var error = Assert.Throws<InputException>(() => BorrowDataReader.Read(path, Tickers));

        Assert.That(error.Message, Does.Contain($"borrow data '{path}' does not exist"));
    }

    private static (BorrowSchedule Table, BorrowSchedule Lean) ReadBothWays(Term[] terms)
    {
        string table = WriteTable(terms);
        string lean = WriteLeanFolder(terms);
        return (new BorrowSchedule(BorrowDataReader.Read(table, Tickers), Dates, Tickers),
                new BorrowSchedule(BorrowDataReader.Read(lean, Tickers), Dates, Tickers));
    }

    private static void AssertSameToTheBit(BorrowSchedule expected, BorrowSchedule actual)
    {
        Assert.That(Bits(actual.Fees), Is.EqualTo(Bits(expected.Fees)));
        Assert.That(Bits(actual.Rebates), Is.EqualTo(Bits(expected.Rebates)));
        Assert.That(Bits(actual.AvailableShares), Is.EqualTo(Bits(expected.AvailableShares)));
    }

    private static long[] Bits(ReadOnlySpan<double> values) => [.. values.ToArray().Select(BitConverter.DoubleToInt64Bits)];

    // The table: annual fractions as decimal text, rows newest first so the reader cannot lean on file order.
    private static string WriteTable(Term[] terms)
    {
        string path = Path.Combine(TestPaths.NewTempFolder(), "borrow.csv");
        IEnumerable<string> rows = terms.OrderByDescending(t => t.Date).Select(t =>
            $"{t.Date:yyyy-MM-dd},{t.Ticker},{Text(t.Fee)},{Text(t.Rebate)},{t.Available}");
        File.WriteAllLines(path, ["Date,Ticker,Fee,Rebate,Available", .. rows]);
        return path;
    }

    // LEAN's layout: <brokerage>/symbols/<lower-case ticker>.csv, no header, yyyyMMdd,quantity,rebate %,fee % with empty fields where not given.
    private static string WriteLeanFolder(Term[] terms)
    {
        string brokerage = TestPaths.NewTempFolder();
        string symbols = Directory.CreateDirectory(Path.Combine(brokerage, "symbols")).FullName;
        foreach (IGrouping<string, Term> ticker in terms.GroupBy(t => t.Ticker))
        {
            IEnumerable<string> lines = ticker.OrderBy(t => t.Date).Select(t =>
                $"{t.Date:yyyyMMdd},{t.Available},{Text(t.Rebate * 100)},{Text(t.Fee * 100)}");
            File.WriteAllLines(Path.Combine(symbols, ticker.Key.ToLowerInvariant() + ".csv"), lines);
        }

        return brokerage;
    }

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private sealed record Term(DateOnly Date, string Ticker, decimal? Fee, decimal? Rebate, long Available);
}
