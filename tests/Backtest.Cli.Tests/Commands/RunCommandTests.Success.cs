using System.Security.Cryptography;
using System.Text.Json;
using Backtest.Core.Parameters;
using Backtest.Core.Runs;

namespace Backtest.Cli.Tests.Commands;

/// <summary>A good run: one complete results folder that records what produced it, and the same bytes every time.</summary>
public partial class RunCommandTests
{
    private static readonly string[] ResultFileNames = ["equity.csv", "metrics.json", "positions.csv", "run.json", "trades.csv"];

    // Every file but run.json, which records the command line (and so the --out folder).
    private static readonly string[] NumberFileNames = ["equity.csv", "trades.csv", "positions.csv", "metrics.json"];

    [Test]
    public void Run_Preset_ExitsZeroAndWritesOneCompleteResultsFolderWithItsReport()
    {
        CliRun run = TestCli.Run("run", Burry, "--data", TestCli.FixturePrices, "--out", _out);

        AssertSucceeded(run);
        Assert.That(Directory.GetFileSystemEntries(_out).Select(Path.GetFileName), Is.EqualTo(new[] { Burry }));
        string folder = SingleResultFolder(Burry);
        Assert.That(Path.GetFileName(folder), Does.Match($"^{TestCli.FolderStamp}[0-9a-f]{{8}}$"));
        Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(ResultFileNames.Append("report.pdf").Order(StringComparer.Ordinal)));
        Assert.That(Directory.GetDirectories(folder).Select(Path.GetFileName), Is.EqualTo(new[] { "figures" }));
        Assert.That(Directory.GetFiles(Path.Combine(folder, "figures")), Has.Length.EqualTo(8 * 3), "eight figures as PDF, SVG and PNG");
        Assert.That(
            Directory.GetFileSystemEntries(Path.Combine(_out, Burry)).Select(Path.GetFileName),
            Has.None.StartsWith(".").And.None.Contains("partial"),
            "the hidden temporary folder is renamed into place, never left behind");
    }

    [Test]
    public void Run_Preset_RunJsonRecordsEveryParameterTheCommandLineAndTheDataHashes()
    {
        string[] args = ["run", Burry, "--data", TestCli.FixturePrices, "--out", _out];
        CliRun run = TestCli.Run(args);

        AssertSucceeded(run);
        JsonElement record = ReadJson(SingleResultFolder(Burry), "run.json");
        StrategyInfo strategy = TestCli.Environment().Strategies.Find(Burry)!;
        Assert.Multiple(() =>
        {
            Assert.That(record.GetProperty("commandLine").GetString(), Is.EqualTo(CommandLine.Of(args)));
            Assert.That(record.GetProperty("strategy").GetString(), Is.EqualTo(Burry));
            Assert.That(record.GetProperty("createdUtc").GetString(), Is.EqualTo("2026-01-15T18:30:00Z"));
            Assert.That(Keys(record, "parameters"), Is.EquivalentTo(strategy.Parameters.Specs.Select(s => s.Name)));
            // Recalls are listed one per ticker (recall.PLTR), and this preset has none.
            Assert.That(Keys(record, "engine"), Is.EquivalentTo(RunPlan.EngineGroup.Specs.Where(s => s.Kind != ParameterKind.PerTickerDate).Select(s => s.Name)));
            // Dated notes are listed one per date; the preset pins "13F filed" to the filing day.
            Assert.That(
                Keys(record, "run"),
                Is.EquivalentTo(RunPlan.RunGroup.Specs.Where(s => s.Kind != ParameterKind.DatedText).Select(s => s.Name).Append("annotation.2025-11-03")));
            Assert.That(record.GetProperty("run").GetProperty("annotation.2025-11-03").GetString(), Is.EqualTo("13F filed"));
            Assert.That(record.GetProperty("parameters").GetProperty("shortAllocation").GetString(), Is.EqualTo("0.8"));
            Assert.That(record.GetProperty("parameters").GetProperty("entryDate").GetString(), Is.EqualTo("2025-10-01"));
            Assert.That(record.GetProperty("engine").GetProperty("capital").GetString(), Is.EqualTo("1000000"));
            Assert.That(record.GetProperty("run").GetProperty("from").GetString(), Is.EqualTo("2025-10-01"));
            Assert.That(record.GetProperty("run").GetProperty("benchmark").GetString(), Is.EqualTo("SPY"));
        });

        var data = record.GetProperty("data").EnumerateArray()
            .Select(d => (Path: d.GetProperty("path").GetString()!, Sha256: d.GetProperty("sha256").GetString()!))
            .ToArray();
        Assert.That(
            data.Select(d => Path.GetFileName(d.Path)),
            Is.EquivalentTo(new[] { "PLTR.csv", "NVDA.csv", "NVDA_dividends.csv", "SPY.csv" }),
            "the prices of both shorts, NVDA's dividends and the benchmark");
        foreach ((string path, string sha256) in data)
        {
            string file = Path.Combine(TestCli.FixturePrices, Path.GetFileName(path));
            Assert.That(sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))), path);
        }
    }

    [Test]
    public void Run_Preset_OpensBothShortsAtTheOpenAfterEntryDate()
    {
        AssertSucceeded(RunOnFixtures(Burry));

        var trades = CsvTable.Read(Path.Combine(SingleResultFolder(Burry), "trades.csv"));
        Assert.That(trades.Rows.Select(r => trades.Text(r, "ticker")), Is.EqualTo(new[] { "PLTR", "NVDA" }));
        foreach (string[] trade in trades.Rows)
        {
            string ticker = trades.Text(trade, "ticker");
            // entryDate 2025-10-01 is decided after its close and filled at the next open, 5 bps worse for a sale.
            double open = FixtureBar(ticker, "2025-10-02", "Open");
            Assert.Multiple(() =>
            {
                Assert.That(trades.Text(trade, "date"), Is.EqualTo("2025-10-02"), ticker);
                Assert.That(trades.Number(trade, "quantity"), Is.Negative, ticker);
                Assert.That(trades.Text(trade, "reason"), Is.EqualTo("rebalance"), ticker);
                Assert.That(trades.Number(trade, "price"), Is.EqualTo(open * (1 - 0.0005)).Within(1e-9).Percent, ticker);
            });
        }
    }

    [Test]
    public void Run_Preset_EquityStartsAtCapital()
    {
        AssertSucceeded(RunOnFixtures(Burry));

        var equity = CsvTable.Read(Path.Combine(SingleResultFolder(Burry), "equity.csv"));
        string[] first = equity.Rows[0];
        Assert.Multiple(() =>
        {
            Assert.That(equity.Text(first, "date"), Is.EqualTo("2025-10-01"));
            Assert.That(equity.Number(first, "equity"), Is.EqualTo(1_000_000));
            Assert.That(equity.Number(first, "cash"), Is.EqualTo(1_000_000));
            Assert.That(equity.Text(equity.Rows[^1], "date"), Is.EqualTo("2025-12-31"));
        });
    }

    [Test]
    public void Run_Preset_PrintsTheSummaryAndWhereTheResultsAre()
    {
        CliRun run = RunOnFixtures(Burry);

        AssertSucceeded(run);
        Assert.That(run.Output, Does.Contain("Total return").And.Contain("Borrow fees").And.Contain("Margin calls"));
        Assert.That(run.Output, Does.Contain("2025-10-01 to 2025-12-31"));
        Assert.That(run.Output, Does.Contain($"Results: {SingleResultFolder(Burry)}"));
        Assert.That(run.Stderr, Is.Empty, "no error, warning or note");
    }

    [Test]
    public void Run_SameInputsTwice_WritesByteIdenticalResults()
    {
        AssertSucceeded(RunOnFixtures(Burry));
        AssertSucceeded(RunOnFixtures(Burry));

        // Same clock and same inputs: the same name, so the second run is filed beside the first with "-2".
        string[] folders = ResultFolders(Burry);
        Assert.That(folders, Has.Length.EqualTo(2));
        Assert.That(folders[1], Is.EqualTo(folders[0] + "-2"));
        foreach (string file in NumberFileNames)
        {
            Assert.That(File.ReadAllBytes(Path.Combine(folders[1], file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(folders[0], file))), file);
        }
    }

    [Test]
    public void Run_ShortAllocationSet_ScalesTheShortsProportionally()
    {
        string defaults = _out;
        AssertSucceeded(RunOnFixtures(Burry));
        _out = NewTempFolder();
        AssertSucceeded(RunOnFixtures(Burry, "--set", "shortAllocation=0.6"));

        Dictionary<string, double> before = OpeningQuantities(Path.Combine(defaults, Burry));
        Dictionary<string, double> after = OpeningQuantities(Path.Combine(_out, Burry));
        foreach (string ticker in new[] { "PLTR", "NVDA" })
        {
            // Orders are whole shares rounded toward zero, so each size is within a share of its exact value.
            Assert.That(after[ticker], Is.EqualTo(before[ticker] * 0.6 / 0.8).Within(1.0), ticker);
        }

        JsonElement record = ReadJson(SingleResultFolder(Burry), "run.json");
        Assert.That(record.GetProperty("parameters").GetProperty("shortAllocation").GetString(), Is.EqualTo("0.6"));
    }

    [Test]
    public void Run_BorrowFeeOverride_IsRecordedAndRaisesBorrowFees()
    {
        string defaults = _out;
        AssertSucceeded(RunOnFixtures(Burry));
        _out = NewTempFolder();
        AssertSucceeded(RunOnFixtures(Burry, "--set", "borrowFee.PLTR=0.03"));

        string folder = SingleResultFolder(Burry);
        JsonElement record = ReadJson(folder, "run.json");
        Assert.Multiple(() =>
        {
            Assert.That(record.GetProperty("engine").GetProperty("borrowFee.PLTR").GetString(), Is.EqualTo("0.03"));
            Assert.That(record.GetProperty("engine").GetProperty("borrowFee").GetString(), Is.EqualTo("0.005"));
            Assert.That(
                record.GetProperty("assignments").EnumerateArray().Select(a => a.GetProperty("origin").GetString()),
                Has.Member("--set borrowFee.PLTR=0.03"));
        });

        double feesBefore = BorrowFees(Directory.GetDirectories(Path.Combine(defaults, Burry))[0]);
        double feesAfter = BorrowFees(folder);
        Assert.That(feesBefore, Is.Positive);
        // PLTR is about 83% of the short: six times its fee multiplies the total by about 1 + 0.83 x 5.
        Assert.That(feesAfter, Is.GreaterThan(feesBefore * 4));
    }

    [Test]
    public void Run_PairWithFrom_RunsLongMsftShortNvda()
    {
        CliRun run = RunOnFixtures("pair-msft-nvda", "--from", "2025-10-01");

        AssertSucceeded(run);
        var trades = CsvTable.Read(Path.Combine(SingleResultFolder("pair-msft-nvda"), "trades.csv"));
        string[][] opening = trades.Rows.Where(r => trades.Text(r, "date") == "2025-10-02").ToArray();
        Assert.That(opening.Select(r => (trades.Text(r, "ticker"), Math.Sign(trades.Number(r, "quantity")))), Is.EquivalentTo(new[] { ("MSFT", 1), ("NVDA", -1) }));
    }

    // The last entry days that can still trade: the day before the last (filled at the last open), or the last with fill=close.
    [TestCase("2025-12-30", "open")]
    [TestCase("2025-12-31", "close")]
    public void Run_EntryDateNearTheEnd_OpensTheShortsOnTheLastDay(string entryDate, string fill)
    {
        CliRun run = RunOnFixtures(Burry, "--set", $"entryDate={entryDate}", "--set", $"fill={fill}");

        AssertSucceeded(run);
        var trades = CsvTable.Read(Path.Combine(SingleResultFolder(Burry), "trades.csv"));
        Assert.That(trades.Rows.Select(r => (trades.Text(r, "date"), trades.Text(r, "ticker"))), Is.EqualTo(new[] { ("2025-12-31", "PLTR"), ("2025-12-31", "NVDA") }));
    }

    [Test]
    public void Run_DefaultBenchmarkMissing_RunsWithoutOneAndSaysSo()
    {
        string data = CopyOfFixturePrices();
        File.Delete(Path.Combine(data, "SPY.csv"));

        CliRun run = RunOn(data, "pair-msft-nvda", "--from", "2025-10-01");

        AssertSucceeded(run);
        Assert.That(run.Stderr, Does.StartWith($"Note: no benchmark: SPY.csv is not in {data}"));
        Assert.That(run.Stdout, Does.Not.Contain("Note:"));
        string folder = SingleResultFolder("pair-msft-nvda");
        Assert.That(ReadJson(folder, "run.json").GetProperty("notes").EnumerateArray().Select(n => n.GetString()), Has.One.Contains("SPY.csv"));
        Assert.That(ReadJson(folder, "metrics.json").GetProperty("benchmarkTicker").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var equity = CsvTable.Read(Path.Combine(folder, "equity.csv"));
        Assert.That(equity.Rows.Select(r => equity.Text(r, "benchmark_equity")), Is.All.Empty);
    }

    [Test]
    public void Run_PresetFileByPath_IsFiledUnderItsFileName()
    {
        string presets = NewTempFolder();
        string preset = Path.Combine(presets, "my-burry.preset");
        File.WriteAllLines(preset, ["strategy = burry-13f-2025", "shortAllocation = 0.5", "from = 2025-10-01"]);

        CliRun run = RunOnFixtures(preset);

        AssertSucceeded(run);
        JsonElement record = ReadJson(SingleResultFolder("my-burry"), "run.json");
        Assert.That(record.GetProperty("preset").GetString(), Is.EqualTo(preset));
        Assert.That(record.GetProperty("parameters").GetProperty("shortAllocation").GetString(), Is.EqualTo("0.5"));
    }

    private static IEnumerable<string> Keys(JsonElement record, string group) =>
        record.GetProperty(group).EnumerateObject().Select(p => p.Name);

    private static double FixtureBar(string ticker, string date, string column)
    {
        var prices = CsvTable.Read(Path.Combine(TestCli.FixturePrices, ticker + ".csv"));
        return prices.Number(prices.Rows.Single(r => prices.Text(r, "Date") == date), column);
    }

    private static Dictionary<string, double> OpeningQuantities(string parent)
    {
        string folder = Directory.GetDirectories(parent).Single();
        var trades = CsvTable.Read(Path.Combine(folder, "trades.csv"));
        return trades.Rows.ToDictionary(r => trades.Text(r, "ticker"), r => trades.Number(r, "quantity"));
    }

    private static double BorrowFees(string folder) =>
        ReadJson(folder, "metrics.json").GetProperty("costs").GetProperty("borrowFees").GetDouble();
}
