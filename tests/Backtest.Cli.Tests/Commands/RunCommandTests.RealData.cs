using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary>
/// Runs on the real Yahoo prices in ../shared/data, checked against those files read here, not through the engine:
/// on every day, equity is cash plus each position valued at that day's close.
/// </summary>
public partial class RunCommandTests
{
    private const double RelativeTolerance = 1e-6;

    [Test]
    public void Run_BurryOnRealData_EquityIsCashPlusPositionsAtTheClose()
    {
        TestPaths.RequireSharedData();

        CliRun run = RunOn(TestPaths.YahooDaily, Burry, "--from", "2025-10-01", "--to", "2026-05-29");

        AssertSucceeded(run);
        string folder = SingleResultFolder(Burry);
        int days = AssertEquityIsCashPlusPositions(folder, TestPaths.YahooDaily);
        Assert.That(days, Is.GreaterThan(160), "2025-10-01 to 2026-05-29 is about 165 trading days");
        var positions = CsvTable.Read(Path.Combine(folder, "positions.csv"));
        Assert.That(positions.Rows.Select(r => positions.Text(r, "ticker")).Distinct(), Is.EquivalentTo(new[] { "PLTR", "NVDA" }));
    }

    [Test]
    public void Run_PairOnRealData_EquityIsCashPlusPositionsAtTheClose()
    {
        TestPaths.RequireSharedData();

        CliRun run = RunOn(TestPaths.YahooDaily, "pair-msft-nvda", "--from", "2021-01-04");

        AssertSucceeded(run);
        string folder = SingleResultFolder("pair-msft-nvda");
        int days = AssertEquityIsCashPlusPositions(folder, TestPaths.YahooDaily);
        Assert.That(days, Is.GreaterThan(1300), "2021-01-04 to 2026-05-29 is about 1360 trading days");
    }

    // Checks every row of equity.csv against positions.csv and the closes in the data folder's price files;
    // returns the number of rows.
    private static int AssertEquityIsCashPlusPositions(string folder, string data)
    {
        var equity = CsvTable.Read(Path.Combine(folder, "equity.csv"));
        var positions = CsvTable.Read(Path.Combine(folder, "positions.csv"));
        ILookup<string, string[]> held = positions.Rows.ToLookup(r => positions.Text(r, "date"));
        var closes = new Dictionary<string, ClosingPrices>();
        foreach (string[] row in equity.Rows)
        {
            string date = equity.Text(row, "date");
            double value = equity.Number(row, "equity");
            double cash = equity.Number(row, "cash");
            double longValue = equity.Number(row, "long_value");
            double shortValue = equity.Number(row, "short_value");
            double longs = 0, shorts = 0;
            foreach (string[] position in held[date])
            {
                string ticker = positions.Text(position, "ticker");
                if (!closes.TryGetValue(ticker, out ClosingPrices? prices))
                {
                    prices = ClosingPrices.Read(Path.Combine(data, ticker + ".csv"));
                    closes[ticker] = prices;
                }

                double marketValue = positions.Number(position, "quantity") * prices.On(date);
                if (marketValue > 0)
                {
                    longs += marketValue;
                }
                else
                {
                    shorts += marketValue;
                }
            }

            double tolerance = Math.Abs(value) * RelativeTolerance;
            Assert.That(cash + longs + shorts, Is.EqualTo(value).Within(tolerance), $"{date}: equity against cash plus positions at the data's close");
            Assert.That(cash + longValue + shortValue, Is.EqualTo(value).Within(tolerance), $"{date}: equity against its own columns");
            Assert.That(longValue, Is.EqualTo(longs).Within(tolerance), $"{date}: long_value");
            Assert.That(shortValue, Is.EqualTo(shorts).Within(tolerance), $"{date}: short_value");
        }

        Assert.That(held.Select(g => g.Key), Is.SubsetOf(equity.Rows.Select(r => equity.Text(r, "date"))), "positions on days the equity curve has");
        return equity.Rows.Count;
    }
}
