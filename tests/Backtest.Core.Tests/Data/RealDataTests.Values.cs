using Backtest.Core.Data;
using Backtest.Testing;

namespace Backtest.Core.Tests.Data;

/// <summary>Real files' values: columns mapped by name across the two sets, oddities that must load, dividends.</summary>
public partial class RealDataTests
{
    [Test]
    public void Load_ExtensionPltrFirstRow_MapsDateCloseHighLowOpenVolumeByName()
    {
        TestPaths.RequireSharedData();

        // extension-2026/PLTR.csv line 2: 2024-12-06,76.33999633789062,76.81999969482422,72.27999877929688,72.94999694824219,93640900
        TickerSeries series = new CsvFolderSource(TestPaths.Extension2026).Load("PLTR");

        Assert.That(series.Dates[0], Is.EqualTo(new DateOnly(2024, 12, 6)));
        Assert.That(series.Close[0], Is.EqualTo(76.33999633789062));
        Assert.That(series.High[0], Is.EqualTo(76.81999969482422));
        Assert.That(series.Low[0], Is.EqualTo(72.27999877929688));
        Assert.That(series.Open[0], Is.EqualTo(72.94999694824219));
        Assert.That(series.Volume[0], Is.EqualTo(93_640_900));
    }

    [TestCase("PLTR")]
    [TestCase("TSLA")]
    public void Load_ExtensionWithoutDividends_EqualsTheMainSetOnEverySharedDate(string ticker)
    {
        TestPaths.RequireSharedData();

        TickerSeries main = new CsvFolderSource(TestPaths.YahooDaily).Load(ticker);
        TickerSeries extension = new CsvFolderSource(TestPaths.Extension2026).Load(ticker);

        var mainDay = new Dictionary<DateOnly, int>();
        for (int t = 0; t < main.Count; t++)
        {
            mainDay[main.Dates[t]] = t;
        }

        int shared = 0;
        for (int e = 0; e < extension.Count; e++)
        {
            if (!mainDay.TryGetValue(extension.Dates[e], out int t))
            {
                continue;
            }

            // Relative 1e-9: prices are positive, so 1e-9 times the main set's value.
            shared++;
            DateOnly date = extension.Dates[e];
            Assert.That(extension.Close[e], Is.EqualTo(main.Close[t]).Within(1e-9 * main.Close[t]), $"Close on {date}");
            Assert.That(extension.Open[e], Is.EqualTo(main.Open[t]).Within(1e-9 * main.Open[t]), $"Open on {date}");
            Assert.That(extension.High[e], Is.EqualTo(main.High[t]).Within(1e-9 * main.High[t]), $"High on {date}");
            Assert.That(extension.Low[e], Is.EqualTo(main.Low[t]).Within(1e-9 * main.Low[t]), $"Low on {date}");
        }

        // 2024-12-06 .. 2026-05-29: every extension day up to the main set's end is in the main set.
        Assert.That(shared, Is.EqualTo(369));
    }

    [Test]
    public void Load_AmdPlaceholderBar_LoadsWithEqualPricesAndZeroVolume()
    {
        TestPaths.RequireSharedData();

        TickerSeries amd = new CsvFolderSource(TestPaths.YahooDaily).Load("AMD");

        int t = Array.IndexOf(amd.Dates, new DateOnly(2015, 1, 2));
        Assert.That(t, Is.GreaterThanOrEqualTo(0));
        // AMD.csv: 2015-01-02,2.6700000762939453 (four times),0
        Assert.That(new[] { amd.Open[t], amd.High[t], amd.Low[t], amd.Close[t] }, Is.All.EqualTo(2.6700000762939453));
        Assert.That(amd.Volume[t], Is.Zero);
    }

    [Test]
    public void Load_NvdaFirstClose_IsTheExactDoubleOfItsFloat32LookingText()
    {
        TestPaths.RequireSharedData();

        TickerSeries nvda = new CsvFolderSource(TestPaths.YahooDaily).Load("NVDA");

        Assert.That(nvda.Dates[0], Is.EqualTo(new DateOnly(1999, 12, 31)));
        Assert.That(nvda.Close[0], Is.EqualTo(0.09778600186109543));
    }

    [Test]
    public void Load_Msft_Has90DividendsFrom2003To2026()
    {
        TestPaths.RequireSharedData();

        TickerSeries msft = new CsvFolderSource(TestPaths.YahooDaily).Load("MSFT");

        Assert.That(msft.Dividends, Has.Length.EqualTo(90));
        Assert.That(msft.Dividends[0], Is.EqualTo(new Dividend(new DateOnly(2003, 2, 19), 0.08)));
        Assert.That(msft.Dividends[^1], Is.EqualTo(new Dividend(new DateOnly(2026, 5, 21), 0.91)));
        Assert.That(msft.Files, Has.Count.EqualTo(2));
    }

    [Test]
    public void Load_Amd_HasAHeaderOnlyDividendsFileAndNoDividends()
    {
        TestPaths.RequireSharedData();

        TickerSeries amd = new CsvFolderSource(TestPaths.YahooDaily).Load("AMD");

        Assert.That(amd.Dividends, Is.Empty);
        Assert.That(amd.Files.Select(f => Path.GetFileName(f.Path)), Is.EqualTo(new[] { "AMD.csv", "AMD_dividends.csv" }));
    }

    [Test]
    public void Load_Spy_KeepsThe2001MarketClosureAsAGap()
    {
        TestPaths.RequireSharedData();

        TickerSeries spy = new CsvFolderSource(TestPaths.YahooDaily).Load("SPY");

        int t = Array.IndexOf(spy.Dates, new DateOnly(2001, 9, 10));
        Assert.That(spy.Dates[t + 1], Is.EqualTo(new DateOnly(2001, 9, 17)));
    }

    [Test]
    public void Build_SpyAndPltr_StartsOnPltrsListingDay()
    {
        TestPaths.RequireSharedData();

        var source = new CsvFolderSource(TestPaths.YahooDaily);
        PricePanel panel = PricePanelBuilder.Build([source.Load("SPY"), source.Load("PLTR")]);

        // SPY trades on every PLTR day, so the union from 2020-09-30 to 2026-05-29 is PLTR's 1422 days.
        Assert.That(panel.Dates[0], Is.EqualTo(new DateOnly(2020, 9, 30)));
        Assert.That(panel.Dates[^1], Is.EqualTo(new DateOnly(2026, 5, 29)));
        Assert.That(panel.DayCount, Is.EqualTo(1422));
        Assert.That(panel.Close[(1 * panel.DayCount) + 0], Is.EqualTo(9.5));
    }
}
