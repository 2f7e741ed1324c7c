using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary>
/// Dated borrow terms: <c>borrowData</c> as a CSV table or a folder of LEAN shortable files, recalls, fee stresses and
/// margin interest, checked against fees recomputed here from the fixture closes, and their bad input.
/// </summary>
public partial class RunCommandTests
{
    // The burry preset's constant borrow fee, which holds where the borrow data gives no fee.
    private const double PresetBorrowFee = 0.005;

    // The burry preset opens both shorts at the open of this day (entryDate 2025-10-01, filled the next open).
    private static readonly DateOnly ShortsOpened = new(2025, 10, 2);

    private static readonly DateOnly FixtureLastDay = new(2025, 12, 31);

    // Terms inside the fixture window (2025-09-25 to 2025-12-31), with fees far above the preset's 0.5% so that they
    // show: PLTR at 25% with a 2% rebate and only 3,000 shares to borrow (the preset wants 3,663), then from a Saturday
    // at 50% with a negative rebate (hard to borrow) and no limit; NVDA at 10%, then a row of availability alone, so the
    // preset's 0.5% applies again from 2025-12-01.
    private static readonly BorrowTerm[] Terms =
    [
        new("PLTR", new DateOnly(2025, 10, 1), 0.25m, 0.02m, 3000m),
        new("PLTR", new DateOnly(2025, 11, 1), 0.5m, -0.01m, null),
        new("NVDA", new DateOnly(2025, 10, 1), 0.1m, null, null),
        new("NVDA", new DateOnly(2025, 12, 1), null, null, 100_000m),
    ];

    [Test]
    public void Run_BorrowTable_ChargesItsDatedFeesAndRebatesAndCutsTheShortToWhatCanBeBorrowed()
    {
        string table = WriteBorrowTable(Terms);
        string baseRun = RunToNewFolder(Burry);
        string withData = RunToNewFolder(Burry, "--set", $"borrowData={table}");

        // The opening PLTR short is cut from 3,663 to the 3,000 shares available; NVDA's is not limited.
        Assert.That(OpeningQuantities(Path.GetDirectoryName(baseRun)!), Is.EquivalentTo(new Dictionary<string, double> { ["PLTR"] = -3663, ["NVDA"] = -783 }));
        Assert.That(OpeningQuantities(Path.GetDirectoryName(withData)!), Is.EquivalentTo(new Dictionary<string, double> { ["PLTR"] = -3000, ["NVDA"] = -783 }));
        JsonElement[] events = Events(withData);
        Assert.That(events.Select(e => (Text(e, "date"), Text(e, "kind"))), Is.EqualTo(new[] { ("2025-10-02", "borrow-limit") }));
        Assert.That(Text(events[0], "message"), Does.Contain("3,000 PLTR shares are available to borrow").And.Contain("cut to a short of 3,000"));

        // Every night's fee recomputed from the fixture closes and the row in force at each close.
        double pltrFees = Accrued("PLTR", 3000, TermRate("PLTR", t => t.Fee, PresetBorrowFee), FixtureLastDay);
        double nvdaFees = Accrued("NVDA", 783, TermRate("NVDA", t => t.Fee, PresetBorrowFee), FixtureLastDay);
        double rebate = Accrued("PLTR", 3000, TermRate("PLTR", t => t.Rebate, 0), FixtureLastDay);
        JsonElement costs = ReadJson(withData, "metrics.json").GetProperty("costs");
        Assert.Multiple(() =>
        {
            Assert.That(TickerBorrowFees(withData, "PLTR"), Is.EqualTo(pltrFees).Within(1e-9).Percent);
            Assert.That(TickerBorrowFees(withData, "NVDA"), Is.EqualTo(nvdaFees).Within(1e-9).Percent);
            Assert.That(BorrowFees(withData), Is.EqualTo(pltrFees + nvdaFees).Within(1e-9).Percent);
            Assert.That(costs.GetProperty("borrowRebate").GetDouble(), Is.EqualTo(rebate).Within(1e-9).Percent);
            Assert.That(rebate, Is.Not.EqualTo(0));
            Assert.That(costs.GetProperty("marginInterest").GetDouble(), Is.Zero, "a pure short never borrows cash");
            Assert.That(CostSplit(withData, "Borrow rebate"), Is.EqualTo(costs.GetProperty("borrowRebate").GetDouble()));
            Assert.That(CostSplit(withData, "Borrow fees"), Is.EqualTo(-BorrowFees(withData)));
        });

        // The preset's 0.5% against 25%-50%: the data's fees are over fifty times the base run's.
        Assert.That(BorrowFees(baseRun), Is.Positive);
        Assert.That(BorrowFees(withData), Is.GreaterThan(BorrowFees(baseRun) * 50));
        Assert.That(ReadJson(baseRun, "metrics.json").GetProperty("costs").GetProperty("borrowRebate").GetDouble(), Is.Zero);
    }

    [Test]
    public void Run_BorrowTableWithoutTermsForATicker_SaysSoAndChargesItTheConstantFee()
    {
        // A typo for NVDA: its rows name a ticker the run does not trade.
        string table = WriteBorrowTable([Terms[0], Terms[1], Terms[2] with { Ticker = "NVDIA" }]);
        _out = NewTempFolder();

        CliRun run = RunOnFixtures([Burry, "--set", $"borrowData={table}"]);

        AssertSucceeded(run);
        Assert.That(run.Stderr, Does.Contain($"Note: borrow data {table} has no terms for NVDA during the run; borrowFee applies to it"));
        double nvdaFees = Accrued("NVDA", 783, _ => PresetBorrowFee, FixtureLastDay);
        Assert.That(TickerBorrowFees(SingleResultFolder(Burry), "NVDA"), Is.EqualTo(nvdaFees).Within(1e-9).Percent);
    }

    [Test]
    public void Run_BorrowTable_IsRecordedInRunJsonWithItsSha256()
    {
        string table = WriteBorrowTable(Terms);

        string folder = RunToNewFolder(Burry, "--set", $"borrowData={table}");

        JsonElement record = ReadJson(folder, "run.json");
        Assert.That(record.GetProperty("run").GetProperty("borrowData").GetString(), Is.EqualTo(table));
        (string Path, string Sha256)[] data = DataFiles(record);
        Assert.That(data.Select(d => System.IO.Path.GetFileName(d.Path)), Is.EquivalentTo(new[] { "PLTR.csv", "NVDA.csv", "NVDA_dividends.csv", "SPY.csv", "borrow.csv" }));
        (string path, string sha256) = data.Single(d => d.Path == table);
        Assert.That(sha256, Does.Match("^[0-9a-f]{64}$"));
        Assert.That(sha256, Is.EqualTo(Sha256Of(path)));
    }

    // The LEAN folder given as the brokerage folder that holds symbols/, or as the symbols folder itself.
    [TestCase(false)]
    [TestCase(true)]
    public void Run_LeanShortableFolder_GivesTheSameMetricsAsTheSameTermsInATable(bool symbolsFolderItself)
    {
        string table = WriteBorrowTable(Terms);
        string brokerage = WriteLeanShortable(Terms);
        string lean = symbolsFolderItself ? Path.Combine(brokerage, "symbols") : brokerage;

        string fromTable = RunToNewFolder(Burry, "--set", $"borrowData={table}");
        string fromLean = RunToNewFolder(Burry, "--set", $"borrowData={lean}");
        string baseRun = RunToNewFolder(Burry);

        // metrics.json holds nothing that depends on the time or the paths (run.json holds those), so the whole text compares.
        Assert.That(File.ReadAllText(Path.Combine(fromLean, "metrics.json")), Is.EqualTo(File.ReadAllText(Path.Combine(fromTable, "metrics.json"))));
        foreach (string file in new[] { "equity.csv", "trades.csv", "positions.csv" })
        {
            Assert.That(File.ReadAllText(Path.Combine(fromLean, file)), Is.EqualTo(File.ReadAllText(Path.Combine(fromTable, file))), file);
        }

        Assert.That(BorrowFees(fromLean), Is.GreaterThan(BorrowFees(baseRun) * 50), "the LEAN files' fees are charged, not the preset's 0.5%");
        Assert.That(Events(fromLean).Select(e => Text(e, "kind")), Is.EqualTo(new[] { "borrow-limit" }));

        // Both shortable files are recorded with their hashes, beside the prices.
        (string Path, string Sha256)[] data = DataFiles(ReadJson(fromLean, "run.json"));
        string[] leanFiles = [Path.Combine(brokerage, "symbols", "pltr.csv"), Path.Combine(brokerage, "symbols", "nvda.csv")];
        Assert.That(data.Select(d => d.Path).Where(p => p.StartsWith(brokerage, StringComparison.Ordinal)), Is.EquivalentTo(leanFiles));
        foreach (string file in leanFiles)
        {
            string sha256 = data.Single(d => d.Path == file).Sha256;
            Assert.That(sha256, Does.Match("^[0-9a-f]{64}$"), file);
            Assert.That(sha256, Is.EqualTo(Sha256Of(file)), file);
        }
    }

    [Test]
    public void Run_BorrowDataInAPreset_GivesTheSameMetricsAsSetOnTheCommandLine()
    {
        string table = WriteBorrowTable(Terms);
        string preset = Path.Combine(NewTempFolder(), "burry-borrow.preset");
        File.WriteAllLines(preset, ["strategy = burry-13f-2025", "from = 2025-10-01", "borrowFee = 0.005", $"borrowData = {table}"]);

        string fromPreset = RunToNewFolder(preset);
        string fromSet = RunToNewFolder(Burry, "--set", $"borrowData={table}");

        Assert.That(File.ReadAllText(Path.Combine(fromPreset, "metrics.json")), Is.EqualTo(File.ReadAllText(Path.Combine(fromSet, "metrics.json"))));
        JsonElement record = ReadJson(fromPreset, "run.json");
        Assert.That(record.GetProperty("run").GetProperty("borrowData").GetString(), Is.EqualTo(table));
        Assert.That(DataFiles(record).Select(d => d.Path), Has.Member(table));
    }

    // The recall date given and the trading day it takes effect (a Saturday recalls on the Monday).
    [TestCase("2025-11-10", "2025-11-10")]
    [TestCase("2025-11-08", "2025-11-10")]
    public void Run_Recall_BuysTheShortBackAtThatDaysOpenAndLogsIt(string recall, string day)
    {
        string baseRun = RunToNewFolder(Burry);
        string folder = RunToNewFolder(Burry, "--set", $"recall.PLTR={recall}");

        var trades = CsvTable.Read(Path.Combine(folder, "trades.csv"));
        string[] bought = trades.Rows.Single(r => trades.Text(r, "reason") == "recall");
        Assert.Multiple(() =>
        {
            Assert.That(trades.Rows, Has.Count.EqualTo(3), "the two opening shorts and the recall");
            Assert.That(trades.Text(bought, "date"), Is.EqualTo(day));
            Assert.That(trades.Text(bought, "ticker"), Is.EqualTo("PLTR"));
            Assert.That(trades.Number(bought, "quantity"), Is.EqualTo(3663), "the whole short");
            // Bought at that day's open, 5 bps worse for a purchase.
            Assert.That(trades.Number(bought, "price"), Is.EqualTo(FixtureBar("PLTR", day, "Open") * (1 + 0.0005)).Within(1e-9).Percent);
        });

        JsonElement recallEvent = Events(folder).Single();
        Assert.That(Text(recallEvent, "kind"), Is.EqualTo("recall"));
        Assert.That(Text(recallEvent, "date"), Is.EqualTo(day));
        Assert.That(Text(recallEvent, "message"), Does.Contain("recalled PLTR").And.Contain("3,663 shares was bought back"));
        Assert.That(ReadJson(folder, "run.json").GetProperty("engine").GetProperty("recall.PLTR").GetString(), Is.EqualTo(recall));
        Assert.That(Events(baseRun), Is.Empty);

        // PLTR pays its fee until the recall's open and nothing after; NVDA's short is untouched.
        DateOnly recalled = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.That(TickerBorrowFees(folder, "PLTR"), Is.EqualTo(Accrued("PLTR", 3663, _ => PresetBorrowFee, recalled)).Within(1e-9).Percent);
        Assert.That(TickerBorrowFees(folder, "NVDA"), Is.EqualTo(TickerBorrowFees(baseRun, "NVDA")));
        var positions = CsvTable.Read(Path.Combine(folder, "positions.csv"));
        Assert.That(
            positions.Rows.Where(r => positions.Text(r, "ticker") == "PLTR" && string.CompareOrdinal(positions.Text(r, "date"), day) >= 0),
            Is.Empty,
            "no PLTR position from the recall on");
    }

    [Test]
    public void Run_RecallOnTheDayTheShortWouldOpen_LeavesNoShortAndLogsTheCut()
    {
        string folder = RunToNewFolder(Burry, "--set", "recall.PLTR=2025-10-02");

        var trades = CsvTable.Read(Path.Combine(folder, "trades.csv"));
        Assert.That(trades.Rows.Select(r => trades.Text(r, "ticker")), Is.EqualTo(new[] { "NVDA" }));
        Assert.That(Events(folder).Select(e => (Text(e, "date"), Text(e, "kind"))), Is.EqualTo(new[] { ("2025-10-02", "recall"), ("2025-10-02", "borrow-limit") }));
        Assert.That(Text(Events(folder)[0], "message"), Does.Contain("no short was held"));
        Assert.That(TickerBorrowFees(folder, "PLTR"), Is.Zero);
    }

    // Recalled on 2025-10-15: 5 trading days blocked ends before the November rebalance (filled 2025-11-04), so PLTR
    // is shorted again there; 20 (the default) blocks until 2025-11-12, so the rebalance's PLTR order is cut to nothing.
    [TestCase("5", true)]
    [TestCase("20", false)]
    public void Run_Recall_BlocksNewShortsForRecallDays(string recallDays, bool shortedAgain)
    {
        string folder = RunToNewFolder(Burry, "--set", "rebalance=monthly", "--set", "recall.PLTR=2025-10-15", "--set", $"recallDays={recallDays}");

        var trades = CsvTable.Read(Path.Combine(folder, "trades.csv"));
        string[][] pltrOnRebalance = trades.Rows.Where(r => trades.Text(r, "date") == "2025-11-04" && trades.Text(r, "ticker") == "PLTR").ToArray();
        JsonElement[] events = Events(folder);
        Assert.That(trades.Rows.Count(r => trades.Text(r, "reason") == "recall"), Is.EqualTo(1));
        if (shortedAgain)
        {
            Assert.That(pltrOnRebalance.Select(r => trades.Number(r, "quantity")), Has.One.Negative);
            Assert.That(events.Select(e => Text(e, "kind")), Is.EqualTo(new[] { "recall" }));
        }
        else
        {
            Assert.That(pltrOnRebalance, Is.Empty);
            Assert.That(events.Select(e => (Text(e, "date"), Text(e, "kind"))), Is.EqualTo(new[] { ("2025-10-15", "recall"), ("2025-11-04", "borrow-limit") }));
            Assert.That(Text(events[1], "message"), Does.Contain("PLTR is recalled until 2025-11-12"));
        }
    }

    [Test]
    public void Run_BorrowFeeStress_RaisesTheFeeFromItsDayAndLogsIt()
    {
        string baseRun = RunToNewFolder(Burry);
        string folder = RunToNewFolder(Burry, "--set", "borrowFee.PLTR@2025-11-03=0.5");

        JsonElement stress = Events(folder).Single();
        Assert.Multiple(() =>
        {
            Assert.That(Text(stress, "kind"), Is.EqualTo("borrow-fee"));
            Assert.That(Text(stress, "date"), Is.EqualTo("2025-11-03"));
            Assert.That(Text(stress, "message"), Does.Contain("PLTR at 50% a year").And.Contain("borrowFee.PLTR@2025-11-03"));
            Assert.That(ReadJson(folder, "run.json").GetProperty("engine").GetProperty("borrowFee.PLTR@2025-11-03").GetString(), Is.EqualTo("0.5"));
        });

        // 0.5% until the close before 2025-11-03, 50% from that close on; NVDA keeps the preset's fee.
        var from = new DateOnly(2025, 11, 3);
        double expected = Accrued("PLTR", 3663, d => d < from ? PresetBorrowFee : 0.5, FixtureLastDay);
        Assert.That(TickerBorrowFees(folder, "PLTR"), Is.EqualTo(expected).Within(1e-9).Percent);
        Assert.That(TickerBorrowFees(folder, "NVDA"), Is.EqualTo(TickerBorrowFees(baseRun, "NVDA")));
        Assert.That(BorrowFees(folder), Is.GreaterThan(BorrowFees(baseRun) * 20));
    }

    [Test]
    public void Run_BorrowFeeStressOverBorrowData_WinsFromItsDay()
    {
        string table = WriteBorrowTable(Terms);
        var from = new DateOnly(2025, 12, 1);

        string folder = RunToNewFolder(Burry, "--set", $"borrowData={table}", "--set", "borrowFee.PLTR@2025-12-01=2");

        Func<DateOnly, double> data = TermRate("PLTR", t => t.Fee, PresetBorrowFee);
        double expected = Accrued("PLTR", 3000, d => d < from ? data(d) : 2, FixtureLastDay);
        Assert.That(TickerBorrowFees(folder, "PLTR"), Is.EqualTo(expected).Within(1e-9).Percent);
        Assert.That(Events(folder).Select(e => (Text(e, "date"), Text(e, "kind"))), Is.EqualTo(new[] { ("2025-10-02", "borrow-limit"), ("2025-12-01", "borrow-fee") }));
    }

    [Test]
    public void Run_MarginRate_ChargesInterestOnNegativeCash()
    {
        // SPY bought at 1.5 times equity: half of it on a margin loan.
        string[] leveraged = ["--from", "2025-10-01", "--set", "weight=1.5"];
        string free = RunToNewFolder("buy-and-hold", [.. leveraged, "--set", "marginRate=0"]);
        string atDefault = RunToNewFolder("buy-and-hold", leveraged);
        string atTen = RunToNewFolder("buy-and-hold", [.. leveraged, "--set", "marginRate=0.1"]);

        double Interest(string folder) => ReadJson(folder, "metrics.json").GetProperty("costs").GetProperty("marginInterest").GetDouble();
        Assert.That(Interest(free), Is.Zero);
        Assert.That(Interest(atDefault), Is.Positive);
        Assert.That(ReadJson(atDefault, "run.json").GetProperty("engine").GetProperty("marginRate").GetString(), Is.EqualTo("0.06"));
        // The loan itself grows a little with the interest, so 10% is slightly more than 10/6 of 6%.
        Assert.That(Interest(atTen) / Interest(atDefault), Is.EqualTo(0.1 / 0.06).Within(1).Percent);
        Assert.That(CostSplit(atTen, "Margin interest"), Is.EqualTo(-Interest(atTen)));

        // About half a million borrowed for 91 calendar nights at 6%, Actual/360.
        var equity = CsvTable.Read(Path.Combine(atDefault, "equity.csv"));
        double loan = -equity.Number(equity.Rows[1], "cash");
        Assert.That(loan, Is.GreaterThan(400_000));
        Assert.That(Interest(atDefault), Is.EqualTo(loan * 0.06 * 90 / 360).Within(10).Percent);
    }

    // Arguments after "burry-13f-2025" (split on spaces; --data and --out are added), then what the message must say.
    [TestCase("--set recall.PLTR=2026-03-02", "recall.PLTR: 2026-03-02 is outside the run (2025-10-01 to 2025-12-31)")]
    [TestCase("--set recall.PLTR=2025-09-26", "recall.PLTR: 2025-09-26 is outside the run (2025-10-01 to 2025-12-31)")]
    [TestCase("--to 2025-11-28 --set recall.PLTR=2025-12-01", "recall.PLTR: 2025-12-01 is outside the run (2025-10-01 to 2025-11-28)")]
    [TestCase("--set borrowFee.PLTR@2026-01-15=0.5", "borrowFee.PLTR@2026-01-15: 2026-01-15 is not before the run's last day 2025-12-31, so no night would be charged at it")]
    [TestCase("--set recall.MSFT=2025-11-10", "--set recall.MSFT=2025-11-10: recall.MSFT names a ticker this run does not trade; it trades PLTR, NVDA")]
    [TestCase("--set borrowFee.MSFT@2025-11-10=0.5", "--set borrowFee.MSFT@2025-11-10=0.5: borrowFee.MSFT@2025-11-10 names a ticker this run does not trade; it trades PLTR, NVDA")]
    [TestCase("--set vol.PLTR@2026-01-01=0.5", "--set vol.PLTR@2026-01-01=0.5: vol has no dated values ('vol.PLTR@2026-01-01')")]
    [TestCase("--set recall.PLTR@2025-11-10=2025-11-10", "recall has no dated values ('recall.PLTR@2025-11-10')")]
    [TestCase("--set borrowFee.PLTR@notadate=0.5", "--set borrowFee.PLTR@notadate=0.5: 'borrowFee.PLTR@notadate': the part after '@' is not a date yyyy-MM-dd")]
    [TestCase("--set recall.PLTR=notadate", "--set recall.PLTR=notadate: recall: 'notadate' is not a date yyyy-MM-dd; expected recall.TICKER=yyyy-MM-dd")]
    [TestCase("--set recall=2025-11-10", "recall: 'recall' does not name a ticker")]
    [TestCase("--set borrowFee.PLTR@2025-11-03=abc", "--set borrowFee.PLTR@2025-11-03=abc", "'abc' is not a number")]
    [TestCase("--set recallDays=-1", "recallDays: -1 is out of range")]
    [TestCase("--set marginRate=abc", "marginRate: 'abc' is not a number")]
    public void Run_BadRecallOrStress_ExitsTwoWithOneLineAndWritesNothing(string arguments, params string[] expected)
    {
        CliRun run = RunOnFixtures([Burry, .. arguments.Split(' ')]);

        AssertOneLineBadInput(run, expected);
    }

    // The table's lines after its header (| between lines), the line that is bad, and the problem named.
    [TestCase("2025-10-01,PLTR,0.25,,|2025-11-03,PLTR,abc,,", 3, "fee 'abc' is not a number")]
    [TestCase("2025-10-01,PLTR,0.25,,||2025-11-03,PLTR,abc,,", 4, "fee 'abc' is not a number")]
    [TestCase("2025-10-01,PLTR,-0.25,,", 2, "fee -0.25 is negative")]
    [TestCase("2025-10-01,PLTR,0.25,x,", 2, "rebate 'x' is not a number")]
    [TestCase("2025-10-01,PLTR,0.25,,-5", 2, "available -5 is negative")]
    [TestCase("2025-10-01,PLTR,NaN,,", 2, "fee 'NaN' is not a number")]
    [TestCase("11/03/2025,PLTR,0.5,,", 2, "date '11/03/2025' is not a date in the format yyyy-MM-dd")]
    [TestCase("2025-11-03,,0.5,,", 2, "ticker is empty")]
    [TestCase("2025-10-01,PLTR,0.25,,|2025-10-01,pltr,0.5,,", 3, "a second row for pltr on 2025-10-01 (the first is on line 2)")]
    [TestCase("2025-10-01,PLTR,0.25,,|2025-11-03,PLTR,0.5", 3, "expected 5 fields as in the header, found 3")]
    public void Run_MalformedBorrowTableRow_ExitsTwoNamingFileAndLine(string rows, int line, string problem)
    {
        string table = Path.Combine(NewTempFolder(), "borrow.csv");
        File.WriteAllLines(table, ["Date,Ticker,Fee,Rebate,Available", .. rows.Split('|')]);

        CliRun run = RunOnFixtures(Burry, "--set", $"borrowData={table}");

        AssertOneLineBadInput(run, $"{table}, line {line}: {problem}");
    }

    [Test]
    public void Run_BorrowTableWithoutFeeColumn_ExitsTwoNamingTheColumn()
    {
        string table = Path.Combine(NewTempFolder(), "borrow.csv");
        File.WriteAllLines(table, ["Date,Ticker,Rebate", "2025-10-01,PLTR,0.02"]);

        CliRun run = RunOnFixtures(Burry, "--set", $"borrowData={table}");

        AssertOneLineBadInput(run, $"{table}, line 1: missing column(s) Fee");
    }

    // The lines of PLTR's LEAN shortable file (| between lines), the line that is bad, and the problem named.
    [TestCase("20251001,3000,2,25|2025-11-03,1000,2,25", 2, "date '2025-11-03' is not a date in the format yyyyMMdd")]
    [TestCase("20251001,3000,2,25|# a comment||20251103,1000,2,x", 4, "fee rate 'x' is not a number")]
    [TestCase("20251001,-3000,2,25", 1, "quantity -3000 is negative")]
    [TestCase("20251001,3000,2,-25", 1, "fee rate -25% is negative")]
    [TestCase("20251001,3000,abc,25", 1, "rebate rate 'abc' is not a number")]
    [TestCase("20251001", 1, "expected yyyyMMdd,quantity[,rebate rate[,fee rate]], found 1 field(s)")]
    [TestCase("20251001,3000,2,25,1", 1, "expected yyyyMMdd,quantity[,rebate rate[,fee rate]], found 5 field(s)")]
    [TestCase("20251001,3000,2,25|20251001,1000,2,25", 2, "a second row for PLTR on 2025-10-01 (the first is on line 1)")]
    public void Run_MalformedLeanShortableLine_ExitsTwoNamingFileAndLine(string lines, int line, string problem)
    {
        string symbols = Path.Combine(NewTempFolder(), "symbols");
        Directory.CreateDirectory(symbols);
        string file = Path.Combine(symbols, "pltr.csv");
        File.WriteAllLines(file, lines.Split('|'));

        CliRun run = RunOnFixtures(Burry, "--set", $"borrowData={Path.GetDirectoryName(symbols)}");

        AssertOneLineBadInput(run, $"{file}, line {line}: {problem}");
    }

    [Test]
    public void Run_MissingBorrowData_ExitsTwoNamingThePath()
    {
        string missing = Path.Combine(NewTempFolder(), "no-such-borrow.csv");

        CliRun run = RunOnFixtures(Burry, "--set", $"borrowData={missing}");

        AssertOneLineBadInput(run, $"borrow data '{missing}' does not exist");
    }

    [Test]
    public void Run_SqueezePresetOnRealData_StressesPltrsFeeAndRecallsIt()
    {
        TestPaths.RequireSharedData();

        CliRun run = RunOn(TestPaths.YahooDaily, "burry-13f-2025-squeeze", "--to", "2026-05-29");

        AssertSucceeded(run);
        string folder = SingleResultFolder("burry-13f-2025-squeeze");
        Assert.That(
            Events(folder).Select(e => (Text(e, "date"), Text(e, "kind"))),
            Is.EqualTo(new[] { ("2026-01-15", "borrow-fee"), ("2026-03-02", "recall") }));
        var trades = CsvTable.Read(Path.Combine(folder, "trades.csv"));
        string[] recall = trades.Rows.Single(r => trades.Text(r, "reason") == "recall");
        Assert.That((trades.Text(recall, "date"), trades.Text(recall, "ticker")), Is.EqualTo(("2026-03-02", "PLTR")));
        Assert.That(trades.Number(recall, "quantity"), Is.EqualTo(-trades.Number(trades.Rows[0], "quantity")), "the whole opening short");
    }

    [Test]
    public void Run_SqueezePresetOnFixtures_ExitsTwoBecauseItsStressIsAfterTheData()
    {
        CliRun run = RunOnFixtures("burry-13f-2025-squeeze");

        AssertOneLineBadInput(run, "borrowFee.PLTR@2026-01-15: 2026-01-15 is not before the run's last day 2025-12-31");
    }

    // Bad input as AssertBadInput checks it, and all on one line: one message, nothing else printed.
    private void AssertOneLineBadInput(CliRun run, params string[] expected)
    {
        AssertBadInput(run, expected);
        Assert.That(run.Stderr.TrimEnd('\r', '\n'), Does.Not.Contain('\n'), "one line");
    }

    // Runs target (a preset, strategy or .preset file) with more arguments on the fixture prices into a fresh --out
    // folder, and returns the one results folder written.
    private string RunToNewFolder(string target, params string[] more)
    {
        _out = NewTempFolder();
        AssertSucceeded(RunOnFixtures([target, .. more]));
        string label = target.EndsWith(".preset", StringComparison.Ordinal) ? Path.GetFileNameWithoutExtension(target) : target;
        return SingleResultFolder(label);
    }

    // The terms as a borrow table: Date,Ticker,Fee,Rebate,Available with annual fractions, empty where not given.
    private string WriteBorrowTable(IEnumerable<BorrowTerm> terms)
    {
        string file = Path.Combine(NewTempFolder(), "borrow.csv");
        File.WriteAllLines(file, [
            "Date,Ticker,Fee,Rebate,Available",
            .. terms.Select(t => string.Join(',', t.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.Ticker, Cell(t.Fee), Cell(t.Rebate), Cell(t.Available))),
        ]);
        return file;
    }

    // The terms as LEAN shortable files, <brokerage>/symbols/<ticker in lower case>.csv, no header, lines
    // yyyyMMdd,quantity,rebate percent,fee percent; returns the brokerage folder.
    private string WriteLeanShortable(IEnumerable<BorrowTerm> terms)
    {
        string brokerage = NewTempFolder();
        string symbols = Path.Combine(brokerage, "symbols");
        Directory.CreateDirectory(symbols);
        foreach (IGrouping<string, BorrowTerm> ticker in terms.GroupBy(t => t.Ticker))
        {
            File.WriteAllLines(
                Path.Combine(symbols, ticker.Key.ToLowerInvariant() + ".csv"),
                ticker.Select(t => string.Join(',', t.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture), Cell(t.Available), Cell(t.Rebate * 100), Cell(t.Fee * 100))));
        }

        return brokerage;
    }

    private static string Cell(decimal? value) => value?.ToString("0.##########", CultureInfo.InvariantCulture) ?? string.Empty;

    // The rate of ticker's row in force at a close (the latest row dated on or before it), or otherwise when no row is
    // in force or the row does not give that rate.
    private static Func<DateOnly, double> TermRate(string ticker, Func<BorrowTerm, decimal?> rate, double otherwise) =>
        day => Terms.Where(t => t.Ticker == ticker && t.Date <= day).MaxBy(t => t.Date) is { } row && rate(row) is { } given
            ? (double)given
            : otherwise;

    // What a short of shares of ticker, opened at the open of ShortsOpened and held to the open of end, pays (a fee) or
    // earns (a rebate): each close's value at the rate in force at that close, for the calendar nights to the next
    // trading day, Actual/360. Worked from the fixture's closes, not through the engine.
    private static double Accrued(string ticker, double shares, Func<DateOnly, double> rate, DateOnly end)
    {
        var prices = CsvTable.Read(Path.Combine(TestCli.FixturePrices, ticker + ".csv"));
        (DateOnly Date, double Close)[] closes = prices.Rows
            .Select(r => (Date: DateOnly.ParseExact(prices.Text(r, "Date"), "yyyy-MM-dd", CultureInfo.InvariantCulture), Close: prices.Number(r, "Close")))
            .Where(c => c.Date >= ShortsOpened && c.Date <= end)
            .ToArray();
        double sum = 0;
        for (int k = 0; k + 1 < closes.Length; k++)
        {
            int nights = closes[k + 1].Date.DayNumber - closes[k].Date.DayNumber;
            sum += shares * closes[k].Close * rate(closes[k].Date) * nights / 360;
        }

        return sum;
    }

    private static double TickerBorrowFees(string folder, string ticker) =>
        ReadJson(folder, "metrics.json").GetProperty("tickers").EnumerateArray()
            .Single(t => t.GetProperty("ticker").GetString() == ticker)
            .GetProperty("borrowFees").GetDouble();

    private static double CostSplit(string folder, string name) =>
        ReadJson(folder, "metrics.json").GetProperty("costSplit").EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == name)
            .GetProperty("amount").GetDouble();

    private static JsonElement[] Events(string folder) => [.. ReadJson(folder, "run.json").GetProperty("events").EnumerateArray()];

    private static (string Path, string Sha256)[] DataFiles(JsonElement record) =>
        [.. record.GetProperty("data").EnumerateArray().Select(d => (d.GetProperty("path").GetString()!, d.GetProperty("sha256").GetString()!))];

    private static string Text(JsonElement element, string property) => element.GetProperty(property).GetString()!;

    private static string Sha256Of(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    // One row of borrow terms: fee and rebate as annual fractions, available in shares; null where not given.
    private sealed record BorrowTerm(string Ticker, DateOnly Date, decimal? Fee, decimal? Rebate, decimal? Available);
}
