using System.Text.Json;

namespace Backtest.Cli.Tests.Commands;

/// <summary>Every row of a sweep is the run of its parameters: the same engine, the same numbers, bit for bit.</summary>
public partial class SweepCommandTests
{
    [TestCase(0)]
    [TestCase(5)]
    [TestCase(7)]
    public void Sweep_StockShortRow_EqualsASingleRunBitForBit(int index)
    {
        string[] grid = ["--grid", "shortAllocation=0.3,0.8", "--grid", "rebalance=none,weekly", "--grid", "borrowFee.PLTR=0.01,0.05"];

        AssertRowEqualsRun(Burry, grid, ["--set", "slippageBps=7"], index);
    }

    [TestCase(0)]
    [TestCase(3)]
    [TestCase(6)]
    public void Sweep_PutsRow_EqualsASingleRunBitForBit(int index)
    {
        string[] grid = ["--grid", "pltrStrike=150,170", "--grid", "nvdaVol=0.4,0.6", "--grid", "volMultiplier=1,1.5"];

        AssertRowEqualsRun("burry-puts-2025", grid, ["--set", "pltrPremium=0"], index);
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(5)]
    public void Sweep_RecallsAndFeeStressesRow_EqualsASingleRunBitForBit(int index)
    {
        // The borrow terms laid out once and shared by the combinations that have the same ones give each row its own run.
        // Recalls vary fastest, so that neighbouring combinations share the fee stress and differ in the recall alone.
        string[] grid = ["--grid", "borrowFee.NVDA@2025-11-14=0.2,0.6", "--grid", "recall.PLTR=2025-11-03,2025-12-01,2025-12-15"];

        AssertRowEqualsRun(Burry, grid, ["--set", "rebalance=weekly", "--set", "recallDays=5"], index);
    }

    [Test]
    public void Sweep_RiskFreeRateAndCapital_RowEqualsASingleRunBitForBit()
    {
        string[] grid = ["--grid", "riskFreeRate=0,0.04", "--grid", "capital=100000,2500000"];

        AssertRowEqualsRun(Burry, grid, [], 3);
    }

    [Test]
    public void Sweep_EntryDateOutsideTheWindow_RecordsTheRunsErrorAndGoesOn()
    {
        CliRun sweep = SweepOnFixtures(Burry, "--grid", "entryDate=2025-09-26,2025-10-15");

        AssertSucceeded(sweep);
        string[] lines = File.ReadAllLines(Path.Combine(SingleSweepFolder(_out, Burry), "sweep.csv"));
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(lines[1], Does.StartWith("0,2025-09-26,,,").And.EndWith(",entryDate 2025-09-26 is before the run's first day 2025-10-01; choose a later entryDate or an earlier --from."));
        Assert.That(lines[2], Does.StartWith("1,2025-10-15,2025-10-01,2025-12-31,").And.EndWith(","));
    }

    [Test]
    public void Sweep_Fixtures_PrintsProgressAndTheRanking()
    {
        CliRun sweep = SweepOnFixtures(Burry, "--grid", "shortAllocation=0.2:0.8:0.2", "--metric", "totalReturn", "--where", "maxDrawdown > -0.1", "--top", "2");

        AssertSucceeded(sweep);
        Assert.That(sweep.Output, Does.Contain("swept 4/4 (100.0%)").And.Contain(" runs/s, ETA "));
        Assert.That(sweep.Output, Does.Contain("by strategy.totalReturn where maxDrawdown > -0.1"));
        Assert.That(sweep.Output, Does.Contain("Results: " + Path.Combine(_out, Burry, TestCli.FolderStamp.Replace("20260115", "sweep-20260115", StringComparison.Ordinal))));
    }

    [Test]
    public void Sweep_KeepCurves_WritesEveryCurveInGridOrder()
    {
        CliRun sweep = SweepOnFixtures(Burry, "--grid", "shortAllocation=0.5,1", "--keep-curves");

        AssertSucceeded(sweep);
        string[] curves = File.ReadAllLines(Path.Combine(SingleSweepFolder(_out, Burry), "curves.csv"));
        Assert.That(curves[0], Is.EqualTo("index,date,equity"));
        Assert.That(curves.Skip(1).Select(l => l.Split(',')[0]).Distinct(), Is.EqualTo(new[] { "0", "1" }));
        Assert.That(curves[1], Does.StartWith("0,2025-10-01,1000000"));
    }

    // Sweeps the grid, then runs the combination 'index' with 'run --set' and compares every metric column with its
    // metrics.json value.
    private void AssertRowEqualsRun(string target, string[] grid, string[] sets, int index)
    {
        CliRun sweep = SweepOnFixtures([target, .. grid, .. sets]);
        AssertSucceeded(sweep);
        string folder = SingleSweepFolder(_out, target);
        var table = CsvTable.Read(Path.Combine(folder, "sweep.csv"));
        string[] header = File.ReadLines(Path.Combine(folder, "sweep.csv")).First().Split(',');
        string[] row = table.Rows[index];
        Assert.That(row[0], Is.EqualTo(index.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(table.Text(row, "error"), Is.Empty);

        var runSets = new List<string>(sets);
        int axes = grid.Length / 2;
        for (int a = 0; a < axes; a++)
        {
            runSets.AddRange(["--set", $"{header[1 + a]}={row[1 + a]}"]);
        }

        string runOut = _temporary.New();
        CliRun run = TestCli.Run(["run", target, .. runSets, "--data", TestCli.FixturePrices, "--out", runOut, "--no-report"]);
        AssertSucceeded(run);
        string runFolder = Directory.GetDirectories(Path.Combine(runOut, target)).Single();
        using JsonDocument metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(runFolder, "metrics.json")));
        int compared = 0;
        for (int c = 1 + axes; c < header.Length - 1; c++)
        {
            string path = header[c].StartsWith("metrics.", StringComparison.Ordinal) ? header[c]["metrics.".Length..] : header[c];
            JsonElement element = path.Split('.').Aggregate(metrics.RootElement, (e, part) => e.GetProperty(part));
            AssertSameValue(element, row[c], header[c]);
            compared++;
        }

        Assert.That(compared, Is.GreaterThan(40));
    }
}
