using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary>The acceptance sweeps on the real prices in ../shared/data.</summary>
public partial class SweepCommandTests
{
    [Test]
    public void Sweep_AcceptanceOnRealData_Writes220RowsInGridOrder()
    {
        TestPaths.RequireSharedData();

        CliRun sweep = SweepOn(TestPaths.YahooDaily, _out, Burry, "--from", "2024-01-01", "--grid", "shortAllocation=0.1:1.0:0.1", "--grid", "entryDate=2024-01-01..2025-10-01:monthly");

        AssertSucceeded(sweep);
        Assert.That(sweep.Output, Does.Contain("swept 220/220 (100.0%)"));
        var table = CsvTable.Read(Path.Combine(SingleSweepFolder(_out, Burry), "sweep.csv"));
        Assert.That(table.Rows, Has.Count.EqualTo(220));
        Assert.That(table.Rows.Select(r => table.Text(r, "error")), Has.All.Empty);
        Assert.That(table.Text(table.Rows[0], "shortAllocation") + " " + table.Text(table.Rows[0], "entryDate"), Is.EqualTo("0.1 2024-01-02"));
        Assert.That(table.Text(table.Rows[21], "entryDate"), Is.EqualTo("2025-10-01"));
        Assert.That(table.Text(table.Rows[219], "shortAllocation") + " " + table.Text(table.Rows[219], "entryDate"), Is.EqualTo("1 2025-10-01"));
    }

    [Test]
    public void Sweep_PutsOnRealData_SixRowsWithoutErrors()
    {
        TestPaths.RequireSharedData();

        CliRun sweep = SweepOn(TestPaths.YahooDaily, _out, "burry-puts-2025", "--grid", "pltrStrike=30,50,70", "--grid", "pltrExpiry=2026-06-18,2027-01-15", "--set", "pltrPremium=0");

        AssertSucceeded(sweep);
        var table = CsvTable.Read(Path.Combine(SingleSweepFolder(_out, "burry-puts-2025"), "sweep.csv"));
        Assert.That(table.Rows.Select(r => table.Text(r, "pltrStrike") + "/" + table.Text(r, "pltrExpiry")), Is.EqualTo(new[]
        {
            "30/2026-06-18", "30/2027-01-15", "50/2026-06-18", "50/2027-01-15", "70/2026-06-18", "70/2027-01-15",
        }));
        Assert.That(table.Rows.Select(r => table.Text(r, "error")), Has.All.Empty);
        Assert.That(table.Rows.Select(r => table.Text(r, "trades")), Has.All.Not.EqualTo("0"));
    }
}
