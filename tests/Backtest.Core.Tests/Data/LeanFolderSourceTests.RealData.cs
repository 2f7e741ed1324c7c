using Backtest.Core.Data;
using Backtest.Core.Runs;
using Backtest.Testing;

namespace Backtest.Core.Tests.Data;

/// <summary>
/// A LEAN copy of real tickers, written by the tests' own <see cref="LeanWriter"/>, loads back to the CSV it was made
/// from: bars within LEAN's 1/10,000-dollar rounding (scaled by the split factor) and dividends within the rounding
/// of the factor file.
/// </summary>
public partial class LeanFolderSourceTests
{
    // Made once for the fixture: writing 6,600 bars each of two tickers is quick, but not worth doing per test.
    private static readonly Lazy<string> RealCopy = new(() => KnownSplits.LeanCopy(TestPaths.YahooDaily, "NVDA", "MSFT"));

    [TestCase("NVDA")]
    [TestCase("MSFT")]
    [Category("RealData")]
    public void Load_LeanCopyAdjusted_SameBarsAndDividendsAsTheCsv(string ticker)
    {
        TestPaths.RequireSharedData();
        TickerSeries csv = new CsvFolderSource(TestPaths.YahooDaily).Load(ticker);
        Split[] splits = KnownSplits.Of(ticker);

        TickerSeries lean = new LeanFolderSource(RealCopy.Value, PriceAdjustment.Adjusted).Load(ticker);

        Assert.That(lean.Dates, Is.EqualTo(csv.Dates));
        for (int t = 0; t < csv.Count; t++)
        {
            // Half a LEAN unit of the raw price, in split-adjusted dollars, plus float noise.
            double factor = 1 / LeanWriter.SplitsAfter(splits, csv.Dates[t]);
            double tolerance = (0.5e-4 * factor) + (1e-12 * csv.High[t]);
            string day = $"{ticker} {csv.Dates[t]:yyyy-MM-dd}";
            Assert.That(lean.Open[t], Is.EqualTo(csv.Open[t]).Within(tolerance), day);
            Assert.That(lean.High[t], Is.EqualTo(csv.High[t]).Within(tolerance), day);
            Assert.That(lean.Low[t], Is.EqualTo(csv.Low[t]).Within(tolerance), day);
            Assert.That(lean.Close[t], Is.EqualTo(csv.Close[t]).Within(tolerance), day);
            Assert.That(lean.Volume[t], Is.EqualTo(csv.Volume[t]).Within((0.5 / factor) + (1e-12 * csv.Volume[t])), day);
        }

        Assert.That(lean.Dividends.Select(d => d.ExDate), Is.EqualTo(csv.Dividends.Select(d => d.ExDate)));
        for (int k = 0; k < csv.Dividends.Length; k++)
        {
            // Price factors carry 7 decimals: a dividend is known to about 1e-7 of the day's close over the factor,
            // and the cumulative factor stays above 0.4 here.
            int before = Array.BinarySearch(csv.Dates, csv.Dividends[k].ExDate) - 1;
            Assert.That(lean.Dividends[k].Amount, Is.EqualTo(csv.Dividends[k].Amount).Within(3e-7 * csv.Close[before]), $"{ticker} dividend {csv.Dividends[k].ExDate:yyyy-MM-dd}");
        }
    }

    [Test]
    [Category("RealData")]
    public void Load_LeanCopyOfNvdaRaw_PricesAsTradedWithNvdasSplits()
    {
        TestPaths.RequireSharedData();
        TickerSeries csv = new CsvFolderSource(TestPaths.YahooDaily).Load("NVDA");

        TickerSeries lean = new LeanFolderSource(RealCopy.Value, PriceAdjustment.Raw).Load("NVDA");

        Assert.That(lean.Splits, Is.EqualTo(KnownSplits.Nvda));
        int last4 = Array.IndexOf(csv.Dates, new DateOnly(2021, 7, 19)), last10 = Array.IndexOf(csv.Dates, new DateOnly(2024, 6, 7));
        Assert.That(lean.Close[last4], Is.EqualTo(csv.Close[last4] * 40).Within(0.5e-4), "before the 4-for-1, 40 times the adjusted close");
        Assert.That(lean.Close[last4 + 1], Is.EqualTo(csv.Close[last4 + 1] * 10).Within(0.5e-4), "after it, 10 times");
        Assert.That(lean.Close[last10], Is.EqualTo(csv.Close[last10] * 10).Within(0.5e-4), "before the 10-for-1");
        Assert.That(lean.Close[last10 + 1], Is.EqualTo(csv.Close[last10 + 1]).Within(0.5e-4), "after it, as adjusted");
        Dividend march2024 = lean.Dividends.Single(d => d.ExDate == new DateOnly(2024, 3, 5));
        Assert.That(march2024.Amount, Is.EqualTo(0.04).Within(1e-3), "NVDA paid 4 cents a share as traded before the 10-for-1");
    }
}
