using Backtest.Core.Data;
using Backtest.Testing;

namespace Backtest.Core.Tests.Data;

/// <summary>Stooq's bulk-download text files: <c>&lt;ticker&gt;.us.txt</c> with Stooq's header and yyyyMMdd dates.</summary>
public class StooqTests
{
    private const string Header = "<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>";

    [Test]
    public void Load_BulkFile_ReadsDailyBarsByStooqsColumnNames()
    {
        string folder = TestPaths.NewTempFolder();
        string path = CsvText.WriteIn(folder, "aapl.us.txt", Header,
            "AAPL.US,D,19840907,000000,0.100763,0.101999,0.0995253,0.100763,97676041,0",
            "AAPL.US,D,19840910,000000,0.100763,0.101071,0.0986005,0.100455,75812543,0");

        var source = new StooqFolderSource(folder);
        TickerSeries series = source.Load("AAPL");

        Assert.That(source.Tickers, Is.EqualTo(new[] { "AAPL" }));
        Assert.That(series.Ticker, Is.EqualTo("AAPL"));
        Assert.That(series.Dates, Is.EqualTo(new[] { new DateOnly(1984, 9, 7), new DateOnly(1984, 9, 10) }));
        Assert.That(series.Open, Is.EqualTo(new[] { 0.100763, 0.100763 }));
        Assert.That(series.Close, Is.EqualTo(new[] { 0.100763, 0.100455 }));
        Assert.That(series.Volume, Is.EqualTo(new[] { 97676041.0, 75812543 }));
        Assert.That(series.Dividends, Is.Empty);
        Assert.That(series.Files.Select(f => f.Path), Is.EqualTo(new[] { path }));
    }

    [Test]
    public void Tickers_PlainAndNestedFiles_NamedWithoutTheMarketSuffix()
    {
        string folder = TestPaths.NewTempFolder();
        string nested = Path.Combine(folder, "data", "daily", "us", "nasdaq stocks", "1");
        Directory.CreateDirectory(nested);
        CsvText.WriteIn(nested, "nvda.us.txt", Header, "NVDA.US,D,20240102,000000,10,11,9,10.5,100,0");
        CsvText.WriteIn(folder, "msft.txt", Header, "MSFT.US,D,20240102,000000,10,11,9,10.5,100,0");

        var source = new StooqFolderSource(folder);

        Assert.That(source.Tickers, Is.EqualTo(new[] { "MSFT", "NVDA" }));
        Assert.That(source.Load("nvda").Close, Is.EqualTo(new[] { 10.5 }));
    }

    [Test]
    public void Load_WeeklyBar_ThrowsNamingFileLineAndPeriod()
    {
        string folder = TestPaths.NewTempFolder();
        string path = CsvText.WriteIn(folder, "aapl.us.txt", Header,
            "AAPL.US,D,20240102,000000,10,11,9,10.5,100,0",
            "AAPL.US,W,20240109,000000,10,11,9,10.5,100,0");

        var error = Assert.Throws<InputException>(() => new StooqFolderSource(folder).Load("AAPL"));

        Assert.That(error.Message, Is.EqualTo($"{path}, line 3: <PER> is 'W', not D (daily bars)."));
    }

    [Test]
    public void Load_BadDate_ThrowsNamingTheFormat()
    {
        string folder = TestPaths.NewTempFolder();
        string path = CsvText.WriteIn(folder, "aapl.us.txt", Header, "AAPL.US,D,2024-01-02,000000,10,11,9,10.5,100,0");

        var error = Assert.Throws<InputException>(() => new StooqFolderSource(folder).Load("AAPL"));

        Assert.That(error.Message, Is.EqualTo($"{path}, line 2: Date '2024-01-02' is not a date in the format yyyyMMdd."));
    }

    [Test]
    public void Load_HeaderWithoutClose_ThrowsNamingFileLineOneAndStooqsHeader()
    {
        string folder = TestPaths.NewTempFolder();
        string path = CsvText.WriteIn(folder, "aapl.us.txt", "<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<VOL>,<OPENINT>", "AAPL.US,D,20240102,000000,10,11,9,100,0");

        var error = Assert.Throws<InputException>(() => new StooqFolderSource(folder).Load("AAPL"));

        Assert.That(error.Message, Does.StartWith($"{path}, line 1: missing column(s) '<CLOSE>' (mapped from Close)").And.Contain("Stooq's header"));
    }

    [Test]
    public void Load_TwoFilesForOneTicker_ThrowsNamingBoth()
    {
        string folder = TestPaths.NewTempFolder();
        string first = CsvText.WriteIn(folder, "aapl.txt", Header, "AAPL.US,D,20240102,000000,10,11,9,10.5,100,0");
        string second = CsvText.WriteIn(folder, "aapl.us.txt", Header, "AAPL.US,D,20240102,000000,10,11,9,10.5,100,0");

        var error = Assert.Throws<InputException>(() => new StooqFolderSource(folder).Load("AAPL"));

        Assert.That(error.Message, Does.Contain(first).And.Contain(second).And.Contain("'AAPL'"));
    }

    [Test]
    public void Load_UnknownTicker_NamesTheFileLookedFor()
    {
        string folder = TestPaths.NewTempFolder();
        CsvText.WriteIn(folder, "aapl.us.txt", Header, "AAPL.US,D,20240102,000000,10,11,9,10.5,100,0");

        var error = Assert.Throws<InputException>(() => new StooqFolderSource(folder).Load("NVDA"));

        Assert.That(error.Message, Does.Contain(Path.Combine(folder, "nvda.us.txt")).And.Contain("AAPL"));
    }

    [Test]
    public void Holds_StooqTextFiles_TrueAndNotesInACsvFolder_False()
    {
        string stooq = TestPaths.NewTempFolder();
        CsvText.WriteIn(stooq, "aapl.us.txt", Header, "AAPL.US,D,20240102,000000,10,11,9,10.5,100,0");
        string csv = TestPaths.NewTempFolder();
        CsvText.WriteIn(csv, "ABC.csv", "Date,Open,High,Low,Close,Volume", "2024-01-02,10,11,9,10.5,100");
        CsvText.WriteIn(csv, "notes.txt", "where these prices came from");

        Assert.That(StooqFolderSource.Holds(stooq), Is.True);
        Assert.That(StooqFolderSource.Holds(csv), Is.False);
    }
}
