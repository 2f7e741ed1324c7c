using Backtest.Core.Data;
using Backtest.Testing;

namespace Backtest.Core.Tests.Data;

/// <summary>A folder of <c>TICKER.csv</c> and <c>TICKER_dividends.csv</c> files as a price source.</summary>
public class CsvFolderSourceTests
{
    private const string Header = "Date,Open,High,Low,Close,Volume";

    [Test]
    public void Tickers_MixedCaseFilesAndDividendFiles_ListsPriceFilesUpperCaseSorted()
    {
        string folder = TestPaths.NewTempFolder();
        CsvText.WriteIn(folder, "spy.csv", Header, "2024-01-02,10,11,9,10.5,100");
        CsvText.WriteIn(folder, "NVDA.csv", Header, "2024-01-02,10,11,9,10.5,100");
        CsvText.WriteIn(folder, "AMD.csv", Header, "2024-01-02,10,11,9,10.5,100");
        CsvText.WriteIn(folder, "NVDA_dividends.csv", "Date,Dividend");
        CsvText.WriteIn(folder, "ORCL_dividends.csv", "Date,Dividend");
        CsvText.WriteIn(folder, "notes.txt", "not a price file");

        var source = new CsvFolderSource(folder);

        Assert.That(source.Tickers, Is.EqualTo(new[] { "AMD", "NVDA", "SPY" }));
        Assert.That(source.Location, Is.EqualTo(folder));
    }

    [Test]
    public void Tickers_UpperCaseExtension_IsFoundToo()
    {
        string folder = TestPaths.NewTempFolder();
        CsvText.WriteIn(folder, "NVDA.CSV", Header, "2024-01-02,10,11,9,10.5,100");

        var source = new CsvFolderSource(folder);

        Assert.That(source.Tickers, Is.EqualTo(new[] { "NVDA" }));
        Assert.That(source.Load("NVDA").Close, Is.EqualTo(new[] { 10.5 }));
    }

    [Test]
    public void Load_TickerWithDividendsFile_AttachesDividendsAndRecordsBothFiles()
    {
        string folder = TestPaths.NewTempFolder();
        string prices = CsvText.WriteIn(folder, "ABC.csv", Header, "2024-01-02,10,11,9,10.5,1000");
        string dividends = CsvText.WriteIn(folder, "ABC_dividends.csv", "Date,Dividend", "2024-01-03,0.25");

        TickerSeries series = new CsvFolderSource(folder).Load("abc");

        Assert.That(series.Ticker, Is.EqualTo("ABC"));
        Assert.That(series.Close, Is.EqualTo(new[] { 10.5 }));
        Assert.That(series.Dividends, Is.EqualTo(new[] { new Dividend(new DateOnly(2024, 1, 3), 0.25) }));
        // Hashes from: printf '<the file text>' | sha256sum
        Assert.That(series.Files, Is.EqualTo(new[]
        {
            new DataFile(prices, "fa89a6fe029d750cd8ba59410e044fbc8623e68e3a69584974f18446b132a895"),
            new DataFile(dividends, "51c933f6fb3648dfb528c80b076d7fb3e71ec6e2bfd6ff3be3c97161be38c0da"),
        }));
    }

    [Test]
    public void Load_TickerWithoutDividendsFile_HasNoDividendsAndOnlyThePriceFile()
    {
        string folder = TestPaths.NewTempFolder();
        string prices = CsvText.WriteIn(folder, "ABC.csv", Header, "2024-01-02,10,11,9,10.5,1000");

        TickerSeries series = new CsvFolderSource(folder).Load("ABC");

        Assert.That(series.Dividends, Is.Empty);
        Assert.That(series.Files.Select(f => f.Path), Is.EqualTo(new[] { prices }));
    }

    [Test]
    public void Load_BadDividendsFile_ThrowsNamingTheDividendsFile()
    {
        string folder = TestPaths.NewTempFolder();
        CsvText.WriteIn(folder, "ABC.csv", Header, "2024-01-02,10,11,9,10.5,1000");
        string dividends = CsvText.WriteIn(folder, "ABC_dividends.csv", "Date,Dividend", "2024-01-03,-1");

        var error = Assert.Throws<InputException>(() => new CsvFolderSource(folder).Load("ABC"));

        Assert.That(error.Message, Does.Contain(dividends).And.Contain("line 2:").And.Contain("negative"));
    }

    [Test]
    public void Load_UnknownTicker_ThrowsNamingTickerFolderAndAvailableTickers()
    {
        string folder = TestPaths.NewTempFolder();
        CsvText.WriteIn(folder, "SPY.csv", Header, "2024-01-02,10,11,9,10.5,100");
        CsvText.WriteIn(folder, "AMD.csv", Header, "2024-01-02,10,11,9,10.5,100");
        CsvText.WriteIn(folder, "TSLA_dividends.csv", "Date,Dividend");

        var error = Assert.Throws<InputException>(() => new CsvFolderSource(folder).Load("TSLA"));

        Assert.That(error.Message, Does.Contain("'TSLA'").And.Contain(folder).And.Contain("AMD, SPY"));
    }

    [Test]
    public void Load_UnknownTickerInFolderWithoutPriceFiles_SaysTheFolderHoldsNone()
    {
        string folder = TestPaths.NewTempFolder();

        var error = Assert.Throws<InputException>(() => new CsvFolderSource(folder).Load("TSLA"));

        Assert.That(error.Message, Does.Contain("'TSLA'").And.Contain(folder).And.Contain("holds no price files"));
    }

    [Test]
    public void Constructor_MissingFolder_ThrowsNamingTheFolder()
    {
        string folder = Path.Combine(TestPaths.NewTempFolder(), "absent");

        var error = Assert.Throws<InputException>(() => _ = new CsvFolderSource(folder));

        Assert.That(error.Message, Does.Contain(folder).And.Contain("does not exist"));
    }
}
