using Backtest.Core.Data;
using Backtest.Core.Runs;
using Backtest.Testing;

namespace Backtest.Core.Tests.Data;

/// <summary>The one place a data folder's format is chosen: auto-detection, the settings, and what they may not combine.</summary>
public class PriceSourcesTests
{
    private const string LeanBar = "20240102 00:00,1000000,1010000,990000,1000000,1000";
    private const string StooqHeader = "<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>";

    [Test]
    public void Open_AutoOnLeanRoot_LeanSourceWithTheRunsAdjustment()
    {
        string root = LeanText.WriteRoot("ABC", [LeanBar, "20240103 00:00,520000,540000,510000,530000,4000"], ["20240102,1,0.5,100", "20501231,1,1,0"]);

        IPriceSource adjusted = PriceSources.Open(root, new RunSettings());
        IPriceSource raw = PriceSources.Open(root, new RunSettings { Prices = PriceAdjustment.Raw });

        Assert.That(adjusted, Is.TypeOf<LeanFolderSource>());
        Assert.That(adjusted.Load("ABC").Close, Is.EqualTo(new[] { 50, 53.0 }).Within(1e-12));
        Assert.That(raw.Load("ABC").Close, Is.EqualTo(new[] { 100, 53.0 }).Within(1e-12));
    }

    [Test]
    public void Open_AutoOnStooqFiles_StooqSource()
    {
        string folder = TestPaths.NewTempFolder();
        CsvText.WriteIn(folder, "aapl.us.txt", StooqHeader, "AAPL.US,D,20240102,000000,10,11,9,10.5,100,0");

        IPriceSource source = PriceSources.Open(folder, new RunSettings());

        Assert.That(source, Is.TypeOf<StooqFolderSource>());
        Assert.That(source.Load("AAPL").Close, Is.EqualTo(new[] { 10.5 }));
    }

    [Test]
    public void Open_AutoOnCsvFolder_CsvSourceWithTheColumnMappingAndDateFormat()
    {
        string folder = TestPaths.NewTempFolder();
        CsvText.WriteIn(folder, "ABC.csv", "Datum,Open,High,Low,Schluss,Volume", "02.01.2024,10,11,9,10.5,100");
        var settings = new RunSettings { Columns = "date=Datum,close=Schluss", DateFormat = "dd.MM.yyyy" };

        IPriceSource source = PriceSources.Open(folder, settings);

        Assert.That(source, Is.TypeOf<CsvFolderSource>());
        Assert.That(source.Load("ABC").Dates, Is.EqualTo(new[] { new DateOnly(2024, 1, 2) }));
    }

    [Test]
    public void Open_CsvForcedOnLeanFolder_CsvSourceThatFindsNoPrices()
    {
        string root = LeanText.WriteRoot("ABC", [LeanBar]);

        IPriceSource source = PriceSources.Open(root, new RunSettings { DataFormat = DataFormat.Csv });

        Assert.That(source, Is.TypeOf<CsvFolderSource>());
        Assert.That(source.Tickers, Is.Empty);
    }

    [TestCase("date=Datum", CsvFormat.IsoDate)]
    [TestCase("", "dd.MM.yyyy")]
    public void Open_CsvSettingsOnLeanFolder_ThrowsSayingTheyApplyToCsv(string columns, string dateFormat)
    {
        string root = LeanText.WriteRoot("ABC", [LeanBar]);

        var error = Assert.Throws<InputException>(() => PriceSources.Open(root, new RunSettings { Columns = columns, DateFormat = dateFormat }));

        Assert.That(error.Message, Does.Contain("apply to CSV files").And.Contain(root).And.Contain("lean"));
    }

    [Test]
    public void Open_BadMapping_ThrowsNamingIt()
    {
        string folder = TestPaths.NewTempFolder();

        var error = Assert.Throws<InputException>(() => PriceSources.Open(folder, new RunSettings { Columns = "datum=Date" }));

        Assert.That(error.Message, Does.StartWith("columns 'datum=Date': 'datum' is not one of our columns"));
    }

    [TestCase(DataFormat.Auto)]
    [TestCase(DataFormat.Lean)]
    [TestCase(DataFormat.Stooq)]
    public void Open_MissingFolder_ThrowsNamingIt(DataFormat format)
    {
        string folder = Path.Combine(TestPaths.NewTempFolder(), "absent");

        var error = Assert.Throws<InputException>(() => PriceSources.Open(folder, new RunSettings { DataFormat = format }));

        Assert.That(error.Message, Does.Contain(folder).And.Contain("does not exist"));
    }

    [Test]
    [Category("RealData")]
    public void Detect_SharedCsvFolder_IsCsv()
    {
        TestPaths.RequireSharedData();

        Assert.That(PriceSources.Detect(TestPaths.YahooDaily), Is.EqualTo(DataFormat.Csv));
        Assert.That(PriceSources.Detect(TestPaths.Extension2026), Is.EqualTo(DataFormat.Csv));
    }
}
