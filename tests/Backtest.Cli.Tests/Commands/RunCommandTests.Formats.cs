using System.Globalization;
using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary>
/// Other data formats through <c>run</c>: a LEAN copy of the real prices, made by the tests' own writer, runs to the
/// CSV run's equity; a German-style CSV reads through <c>--columns</c> and <c>--date-format</c>.
/// </summary>
public partial class RunCommandTests
{
    private const string Pair = "pair-msft-nvda";
    private const string GermanColumns = "date=Datum,open=Eroeffnung,high=Hoch,low=Tief,close=Schluss,volume=Volumen,dividend=Dividende";

    // One LEAN copy of the pair and the benchmark for the whole fixture: 3 x 6,600 bars is quick, but not per test.
    private static readonly Lazy<string> LeanCopy = new(() => KnownSplits.LeanCopy(TestPaths.YahooDaily, "NVDA", "MSFT", "SPY"));

    // Split-adjusted LEAN prices run with the defaults. Raw prices need per-share commission off (before NVDA's splits
    // the same position is 10 or 40 times the shares) and fractional shares (whole ones round another number of shares).
    [TestCase(false, TestName = "Run_PairOnLeanCopy_EquityMatchesTheCsvRun")]
    [TestCase(true, TestName = "Run_PairOnLeanCopyRawPrices_EquityMatchesTheCsvRun")]
    [Category("RealData")]
    public void Run_PairOnLeanCopy_EquityMatchesTheCsvRun(bool rawPrices)
    {
        TestPaths.RequireSharedData();
        string csvOut = NewTempFolder();
        string[] common = [Pair, "--from", "2021-01-04"];
        string[] costs = rawPrices ? ["--set", "fractional=true", "--set", "commissionPerShare=0", "--set", "commissionMin=0"] : [];
        string[] prices = rawPrices ? ["--set", "prices=raw"] : [];

        CliRun lean = RunOn(LeanCopy.Value, [.. common, .. costs, .. prices]);
        CliRun csv = TestCli.Run(["run", .. common, .. costs, "--data", TestPaths.YahooDaily, "--out", csvOut, "--no-report"]);

        AssertSucceeded(lean);
        AssertSucceeded(csv);
        var fromLean = CsvTable.Read(Path.Combine(SingleResultFolder(Pair), "equity.csv"));
        var fromCsv = CsvTable.Read(Path.Combine(Directory.GetDirectories(Path.Combine(csvOut, Pair)).Single(), "equity.csv"));
        Assert.That(fromLean.Rows.Select(r => fromLean.Text(r, "date")), Is.EqualTo(fromCsv.Rows.Select(r => fromCsv.Text(r, "date"))));
        Assert.That(fromLean.Rows, Has.Count.GreaterThan(1300), "2021-01-04 to 2026-05-29, through NVDA's two splits");
        for (int k = 0; k < fromCsv.Rows.Count; k++)
        {
            // LEAN's 1/10,000-dollar rounding moves a price by under 1e-6 of itself, and equity by about as little.
            double expected = fromCsv.Number(fromCsv.Rows[k], "equity");
            Assert.That(fromLean.Number(fromLean.Rows[k], "equity"), Is.EqualTo(expected).Within(1e-5 * expected), fromCsv.Text(fromCsv.Rows[k], "date"));
            double benchmark = fromCsv.Number(fromCsv.Rows[k], "benchmark_equity");
            Assert.That(fromLean.Number(fromLean.Rows[k], "benchmark_equity"), Is.EqualTo(benchmark).Within(1e-5 * benchmark), "SPY from LEAN too");
        }
    }

    [Test]
    public void Run_GermanCsvWithColumnsAndDateFormat_SameResultsAsTheFixturesAndRecordsTheOptions()
    {
        string german = GermanCopyOfFixturePrices();
        string fixturesOut = NewTempFolder();

        CliRun run = RunOn(german, Pair, "--from", "2025-10-01", "--columns", GermanColumns, "--date-format", "dd.MM.yyyy");
        CliRun plain = TestCli.Run("run", Pair, "--from", "2025-10-01", "--data", TestCli.FixturePrices, "--out", fixturesOut, "--no-report");

        AssertSucceeded(run);
        AssertSucceeded(plain);
        string folder = SingleResultFolder(Pair);
        string fixtureFolder = Directory.GetDirectories(Path.Combine(fixturesOut, Pair)).Single();
        foreach (string file in (string[])["equity.csv", "trades.csv", "positions.csv"])
        {
            Assert.That(File.ReadAllText(Path.Combine(folder, file)), Is.EqualTo(File.ReadAllText(Path.Combine(fixtureFolder, file))), file);
        }

        var record = ReadJson(folder, "run.json");
        Assert.That(record.GetProperty("run").GetProperty("columns").GetString(), Is.EqualTo(GermanColumns));
        Assert.That(record.GetProperty("run").GetProperty("dateFormat").GetString(), Is.EqualTo("dd.MM.yyyy"));
        Assert.That(
            record.GetProperty("assignments").EnumerateArray().Select(a => a.GetProperty("origin").GetString()),
            Does.Contain($"--columns {GermanColumns}").And.Contain("--date-format dd.MM.yyyy"));
    }

    [Test]
    public void Run_ColumnsNamingAMissingColumn_ExitsTwoNamingFileLineOneAndTheMapping()
    {
        string german = GermanCopyOfFixturePrices();
        const string mapping = "date=Datum,close=Kurs";

        CliRun run = RunOn(german, Pair, "--from", "2025-10-01", "--columns", mapping, "--date-format", "dd.MM.yyyy");

        AssertBadInput(run, $"{Path.Combine(german, "MSFT.csv")}, line 1: missing column(s) 'Open' (not mapped), 'High' (not mapped), 'Low' (not mapped), 'Kurs' (mapped from Close)", $"'{mapping}'");
    }

    [TestCase("--columns", "date=Datum")]
    [TestCase("--date-format", "dd.MM.yyyy")]
    [Category("RealData")]
    public void Run_CsvOptionOnLeanData_ExitsTwoSayingItAppliesToCsv(string option, string value)
    {
        TestPaths.RequireSharedData();

        CliRun run = RunOn(LeanCopy.Value, Pair, option, value);

        AssertBadInput(run, "apply to CSV files", "lean");
    }

    [Test]
    public void Run_BadDateFormat_ExitsTwoNamingIt()
    {
        CliRun run = RunOnFixtures(Pair, "--date-format", "yyyy-MM");

        AssertBadInput(run, "dateFormat 'yyyy-MM' is not a date format");
    }

    // The fixture prices with German column names and dd.MM.yyyy dates.
    private string GermanCopyOfFixturePrices()
    {
        string folder = NewTempFolder();
        foreach (string file in Directory.EnumerateFiles(TestCli.FixturePrices))
        {
            string[] lines = File.ReadAllLines(file);
            lines[0] = lines[0] == "Date,Dividend" ? "Datum,Dividende" : "Datum,Eroeffnung,Hoch,Tief,Schluss,Volumen";
            for (int k = 1; k < lines.Length; k++)
            {
                int comma = lines[k].IndexOf(',', StringComparison.Ordinal);
                DateOnly date = DateOnly.ParseExact(lines[k][..comma], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                lines[k] = date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + lines[k][comma..];
            }

            File.WriteAllLines(Path.Combine(folder, Path.GetFileName(file)), lines);
        }

        return folder;
    }
}
