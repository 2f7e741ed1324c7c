using Backtest.Core.Options.Pricing;
using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary>Runs that hold options: their files, and every mark repriced from its own row in options.csv.</summary>
public partial class RunCommandTests
{
    private const string BurryPuts = "burry-puts-2025";

    [Test]
    public void Run_BurryPutsOnFixtures_WritesOptionTradesOptionsCsvAndTheAnchorsVolatility()
    {
        CliRun run = RunOnFixtures(BurryPuts, "--to", "2025-12-31");

        AssertSucceeded(run);
        Assert.That(run.Stderr, Does.Contain("Note: 2025-10-01 anchor: PLTR 2027-01-15 P 50 priced at 1.84").And.Contain("implies a volatility of"));
        string folder = SingleResultFolder(BurryPuts);
        var trades = CsvTable.Read(Path.Combine(folder, "trades.csv"));
        Assert.That(trades.Rows.Select(r => trades.Text(r, "contract")), Is.EqualTo(new[] { "PLTR 2027-01-15 P 50", "NVDA 2027-01-15 P 50" }));
        Assert.That(trades.Rows.Select(r => trades.Text(r, "ticker")), Is.EqualTo(new[] { "PLTR", "NVDA" }));
        foreach (string[] row in trades.Rows)
        {
            Assert.That(trades.Number(row, "multiplier"), Is.EqualTo(100));
            Assert.That(trades.Number(row, "value"), Is.EqualTo(trades.Number(row, "quantity") * 100 * trades.Number(row, "price")).Within(1e-9));
        }

        var options = CsvTable.Read(Path.Combine(folder, "options.csv"));
        Assert.That(options.Rows, Is.Not.Empty);
        Assert.That(File.ReadLines(Path.Combine(folder, "options.csv")).First(),
            Is.EqualTo("date,contract,underlying,type,style,strike,expiry,contracts,spot,years,rate,dividendYield,vol,mark,value,delta,volSource"));
        // PLTR's volatility is solved from its 1.84 premium; NVDA's is the 0.54 the strategy gives it.
        Assert.That(options.Rows.Select(r => (options.Text(r, "underlying"), options.Text(r, "volSource"))).Distinct(),
            Is.EquivalentTo(new[] { ("PLTR", "anchored"), ("NVDA", "strategy") }));
        Assert.That(ReadJson(folder, "run.json").GetProperty("options").GetProperty("optionSpread").GetString(), Is.EqualTo("0.05"));
    }

    [Test]
    public void Run_BurryPutsOnRealData_EveryMarkRepricesFromItsRowAndEquityAddsUp()
    {
        TestPaths.RequireSharedData();

        CliRun run = RunOn(TestPaths.YahooDaily, BurryPuts, "--from", "2025-10-01", "--to", "2026-05-29");

        AssertSucceeded(run);
        string folder = SingleResultFolder(BurryPuts);
        var options = CsvTable.Read(Path.Combine(folder, "options.csv"));
        var closes = new Dictionary<string, ClosingPrices>();
        var values = new Dictionary<string, double>();
        foreach (string[] row in options.Rows)
        {
            string date = options.Text(row, "date"), underlying = options.Text(row, "underlying");
            if (!closes.TryGetValue(underlying, out ClosingPrices? prices))
            {
                closes[underlying] = prices = ClosingPrices.Read(Path.Combine(TestPaths.YahooDaily, $"{underlying}.csv"));
            }

            // Every input is on the row, and the data agree with it: the spot is that day's close, the years are
            // calendar days to expiry / 365.
            double spot = options.Number(row, "spot");
            Assert.That(spot, Is.EqualTo(prices.On(date)).Within(1e-9), $"{date} {underlying}");
            int days = DateOnly.Parse(options.Text(row, "expiry")).DayNumber - DateOnly.Parse(date).DayNumber;
            Assert.That(options.Number(row, "years"), Is.EqualTo(days / 365.0).Within(1e-15));
            var inputs = new OptionInputs(spot, options.Number(row, "strike"), options.Number(row, "years"), options.Number(row, "rate"),
                options.Number(row, "dividendYield"), options.Number(row, "vol"));
            OptionRight right = options.Text(row, "type") == "put" ? OptionRight.Put : OptionRight.Call;
            OptionStyle style = options.Text(row, "style") == "american" ? OptionStyle.American : OptionStyle.European;
            double mark = options.Number(row, "mark");
            Assert.That(mark, Is.EqualTo(OptionPricer.Price(right, style, inputs)).Within(1e-12 * Math.Max(1, mark)), $"{date} {options.Text(row, "contract")}");
            Assert.That(options.Number(row, "value"), Is.EqualTo(options.Number(row, "contracts") * 100 * mark).Within(1e-9));
            values[date] = values.GetValueOrDefault(date) + options.Number(row, "value");
        }

        // Equity is cash plus the options' value on every day the puts are held (and cash before they are bought).
        var equity = CsvTable.Read(Path.Combine(folder, "equity.csv"));
        foreach (string[] row in equity.Rows)
        {
            double optionValue = values.GetValueOrDefault(equity.Text(row, "date"));
            Assert.That(equity.Number(row, "option_value"), Is.EqualTo(optionValue).Within(1e-9));
            Assert.That(equity.Number(row, "equity"), Is.EqualTo(equity.Number(row, "cash") + optionValue).Within(1e-6));
        }

        Assert.That(values, Has.Count.EqualTo(equity.Rows.Count - 1), "held from the day after the entry to the end");
    }
}
