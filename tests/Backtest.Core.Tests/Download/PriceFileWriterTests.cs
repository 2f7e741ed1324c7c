using Backtest.Core.Data;
using Backtest.Core.Download;
using Backtest.Testing;

namespace Backtest.Core.Tests.Download;

/// <summary>The writer: the loader's format, read back exactly; a ticker's three files replaced together; no partial file ever.</summary>
public class PriceFileWriterTests
{
    private static readonly DownloadedPrices Nvda = new(
        "NVDA",
        [
            new DailyBar(new DateOnly(2024, 6, 7), 119.7699966430664, 121.69000244140625, 117.22000122070312, 120.88800048828125, 412386000),
            new DailyBar(new DateOnly(2024, 6, 10), 120.37000274658203, 123.0999984741211, 117.01000213623047, 121.79000091552734, 314162700),
            new DailyBar(new DateOnly(2024, 6, 11), 121.7699966430664, 122.87000274658203, 118.73999786376953, 120.91000366210938, 222551200),
        ],
        [new Dividend(new DateOnly(2024, 6, 11), 0.01)],
        [new StockSplit(new DateOnly(2024, 6, 10), 10, 1)],
        []);

    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder() => _folder = TestPaths.NewTempFolder();

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Write_ThreeFilesInTheLoadersFormat_ShortestRoundTripNumbersAndIsoDates()
    {
        PriceFiles files = PriceFileWriter.Write(_folder, Nvda);

        Assert.That(File.ReadAllText(files.Prices), Is.EqualTo(
            "Date,Open,High,Low,Close,Volume\n" +
            "2024-06-07,119.7699966430664,121.69000244140625,117.22000122070312,120.88800048828125,412386000\n" +
            "2024-06-10,120.37000274658203,123.0999984741211,117.01000213623047,121.79000091552734,314162700\n" +
            "2024-06-11,121.7699966430664,122.87000274658203,118.73999786376953,120.91000366210938,222551200\n"));
        Assert.That(File.ReadAllText(files.Dividends), Is.EqualTo("Date,Dividend\n2024-06-11,0.01\n"));
        Assert.That(File.ReadAllText(files.Splits), Is.EqualTo("Date,Numerator,Denominator\n2024-06-10,10,1\n"));
        Assert.That(files.Prices, Is.EqualTo(Path.Combine(_folder, "NVDA.csv")));
        Assert.That(files.Dividends, Is.EqualTo(Path.Combine(_folder, "NVDA_dividends.csv")));
        Assert.That(files.Splits, Is.EqualTo(Path.Combine(_folder, "NVDA_splits.csv")));
    }

    [Test]
    public void Write_ThenLoad_GivesBackExactlyTheDoublesWritten()
    {
        PriceFileWriter.Write(_folder, Nvda);

        TickerSeries series = new CsvFolderSource(_folder).Load("NVDA");

        Assert.That(series.Dates, Is.EqualTo(Nvda.Bars.Select(b => b.Date)));
        Assert.That(series.Open, Is.EqualTo(Nvda.Bars.Select(b => b.Open)));
        Assert.That(series.High, Is.EqualTo(Nvda.Bars.Select(b => b.High)));
        Assert.That(series.Low, Is.EqualTo(Nvda.Bars.Select(b => b.Low)));
        Assert.That(series.Close, Is.EqualTo(Nvda.Bars.Select(b => b.Close)));
        Assert.That(series.Volume, Is.EqualTo(Nvda.Bars.Select(b => b.Volume)));
        Assert.That(series.Dividends, Is.EqualTo(Nvda.Dividends));
    }

    [Test]
    public void Write_NoDividendsOrSplits_WritesHeaderOnlyFilesTheLoaderReadsAsNone()
    {
        PriceFiles files = PriceFileWriter.Write(_folder, Nvda with { Dividends = [], Splits = [] });

        Assert.That(File.ReadAllText(files.Dividends), Is.EqualTo("Date,Dividend\n"));
        Assert.That(File.ReadAllText(files.Splits), Is.EqualTo("Date,Numerator,Denominator\n"));
        Assert.That(DividendCsvReader.Read(files.Dividends), Is.Empty);
    }

    [Test]
    public void Write_SplitsFile_IsNotTakenForATickerByTheFolderSource()
    {
        PriceFileWriter.Write(_folder, Nvda);

        Assert.That(new CsvFolderSource(_folder).Tickers, Is.EqualTo(new[] { "NVDA" }));
    }

    [Test]
    public void Write_OverOldFiles_ReplacesAllThreeAndLeavesNoTemporaryFile()
    {
        foreach (string name in new[] { "NVDA.csv", "NVDA_dividends.csv", "NVDA_splits.csv" })
        {
            File.WriteAllText(Path.Combine(_folder, name), "old\n");
        }

        PriceFileWriter.Write(_folder, Nvda);

        Assert.That(Directory.GetFiles(_folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { "NVDA.csv", "NVDA_dividends.csv", "NVDA_splits.csv" }));
        Assert.That(Directory.GetFiles(_folder).Select(File.ReadAllText), Has.None.EqualTo("old\n"));
    }

    [Test]
    public void Write_MissingFolder_IsCreated()
    {
        string folder = Path.Combine(_folder, "data", "daily");

        PriceFiles files = PriceFileWriter.Write(folder, Nvda);

        Assert.That(File.Exists(files.Prices), Is.True);
    }

    [Test]
    public void Write_OneTargetCannotBeReplaced_ReplacesNoneAndLeavesNoTemporaryFile()
    {
        File.WriteAllText(Path.Combine(_folder, "NVDA.csv"), "old prices\n");
        File.WriteAllText(Path.Combine(_folder, "NVDA_dividends.csv"), "old dividends\n");
        Directory.CreateDirectory(Path.Combine(_folder, "NVDA_splits.csv"));

        var error = Assert.Throws<InputException>(() => PriceFileWriter.Write(_folder, Nvda));

        Assert.That(error!.Message, Does.StartWith($"cannot write prices to '{_folder}'").And.Contain("NVDA_splits.csv"));
        Assert.That(File.ReadAllText(Path.Combine(_folder, "NVDA.csv")), Is.EqualTo("old prices\n"));
        Assert.That(File.ReadAllText(Path.Combine(_folder, "NVDA_dividends.csv")), Is.EqualTo("old dividends\n"));
        Assert.That(Directory.GetFiles(_folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { "NVDA.csv", "NVDA_dividends.csv" }));
    }
}
