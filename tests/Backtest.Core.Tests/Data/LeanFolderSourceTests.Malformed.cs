using Backtest.Core.Data;
using Backtest.Core.Runs;
using Backtest.Testing;

namespace Backtest.Core.Tests.Data;

/// <summary>Malformed LEAN input: one message naming the file (and the entry inside the zip) and the line.</summary>
public partial class LeanFolderSourceTests
{
    private const string GoodLine = "20240102 00:00,1000000,1010000,990000,1000000,1000";

    [TestCase("20240103 00:00,1020000,1050000,1010000,1040000", "expected 6 fields", TestName = "Load_PriceLineWithFiveFields_NamesEntryAndLine")]
    [TestCase("2024-01-03 00:00,1020000,1050000,1010000,1040000,2000", "date '2024-01-03 00:00' is not yyyyMMdd HH:mm", TestName = "Load_PriceLineWithIsoDate_NamesEntryAndLine")]
    [TestCase("20240103 00:00,1020000,1050000,1010000,abc,2000", "Close 'abc' is not a number", TestName = "Load_PriceLineWithTextClose_NamesEntryAndLine")]
    [TestCase("20240103 00:00,0,1050000,1010000,1040000,2000", "Open 0 is not a positive price", TestName = "Load_PriceLineWithZeroOpen_NamesEntryAndLine")]
    [TestCase("20240103 00:00,1020000,1050000,1010000,1040000,-5", "Volume -5 is negative", TestName = "Load_PriceLineWithNegativeVolume_NamesEntryAndLine")]
    [TestCase("20240103 00:00,1020000,1000000,1010000,1040000,2000", "High 100 is below Low 101", TestName = "Load_PriceLineWithHighBelowLow_NamesEntryAndLine")]
    [TestCase("20240102 00:00,1020000,1050000,1010000,1040000,2000", "Date 2024-01-02 repeats", TestName = "Load_PriceLineRepeatingADate_NamesEntryAndLine")]
    public void Load_MalformedPriceLine_ThrowsNamingZipEntryAndLine(string line, string problem)
    {
        string root = LeanText.WriteRoot("ABC", [GoodLine, line]);
        string zip = LeanText.ZipPath(root, "ABC");

        var error = Assert.Throws<InputException>(() => new LeanFolderSource(root, PriceAdjustment.Adjusted).Load("ABC"));

        Assert.That(error.Message, Does.StartWith($"{zip}, entry abc.csv, line 2: ").And.Contain(problem));
    }

    [Test]
    public void Load_EntryOfOneHugeLine_StopsAtTheLimitNamingZipEntryAndLine()
    {
        // A few kilobytes of zip can hold gigabytes of one line: the limit applies to what the entry unpacks to.
        string root = LeanText.WriteRoot("ABC", [GoodLine, new string('7', 3 << 20)]);

        var error = Assert.Throws<InputException>(() => new LeanFolderSource(root, PriceAdjustment.Adjusted).Load("ABC"));

        Assert.That(error.Message, Does.StartWith($"{LeanText.ZipPath(root, "ABC")}, entry abc.csv, line 2: the line is longer than 1 MiB"));
    }

    [Test]
    public void Load_DamagedEntry_ThrowsNamingZipAndEntry()
    {
        string[] lines = [.. Enumerable.Range(0, 2000).Select(k => $"{new DateOnly(2000, 1, 1).AddDays(k):yyyyMMdd} 00:00,{1000000 + k},{1010000 + k},{990000 + k},{1000000 + k},{1000 + k * 7}")];
        string root = LeanText.WriteRoot("ABC", lines);
        string zip = LeanText.ZipPath(root, "ABC");
        byte[] bytes = File.ReadAllBytes(zip);
        for (int k = 200; k < 260; k++)
        {
            bytes[k] ^= 0x5A;
        }

        File.WriteAllBytes(zip, bytes);

        var error = Assert.Throws<InputException>(() => new LeanFolderSource(root, PriceAdjustment.Adjusted).Load("ABC"));

        Assert.That(error.Message, Does.StartWith($"{zip}, entry abc.csv: cannot be read: "));
    }

    [Test]
    public void Load_EntryWithDamagedHeader_ThrowsNamingZipAndEntry()
    {
        string root = LeanText.WriteRoot("ABC", [GoodLine]);
        string zip = LeanText.ZipPath(root, "ABC");
        byte[] bytes = File.ReadAllBytes(zip);
        bytes[0] = (byte)'X';
        File.WriteAllBytes(zip, bytes);

        var error = Assert.Throws<InputException>(() => new LeanFolderSource(root, PriceAdjustment.Adjusted).Load("ABC"));

        Assert.That(error.Message, Does.StartWith($"{zip}, entry abc.csv: cannot be read: "));
    }

    [Test]
    public void Load_EmptyEntry_ThrowsNamingZipEntryAndLineOne()
    {
        string root = LeanText.WriteRoot("ABC", []);

        var error = Assert.Throws<InputException>(() => new LeanFolderSource(root, PriceAdjustment.Adjusted).Load("ABC"));

        Assert.That(error.Message, Does.StartWith($"{LeanText.ZipPath(root, "ABC")}, entry abc.csv, line 1: no price lines"));
    }

    [Test]
    public void Load_ZipWithoutTheTickersEntry_ThrowsNamingZipAndItsEntries()
    {
        string root = LeanText.WriteRoot("ABC", [GoodLine]);
        string zip = LeanText.ZipPath(root, "ABC");
        File.Delete(zip);
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            archive.CreateEntry("one.csv");
            archive.CreateEntry("two.csv");
        }

        var error = Assert.Throws<InputException>(() => new LeanFolderSource(root, PriceAdjustment.Adjusted).Load("ABC"));

        Assert.That(error.Message, Does.StartWith($"{zip}: no abc.csv inside").And.Contain("one.csv, two.csv"));
    }

    [Test]
    public void Load_ZipWithOneOtherlyNamedEntry_ReadsIt()
    {
        string root = TestPaths.NewTempFolder();
        Directory.CreateDirectory(Path.Combine(root, "daily"));
        LeanWriter.WriteZip(Path.Combine(root, "daily", "abc.zip"), "ABC_daily.csv", [GoodLine]);

        TickerSeries series = new LeanFolderSource(root, PriceAdjustment.Adjusted).Load("ABC");

        Assert.That(series.Close, Is.EqualTo(new[] { 100.0 }));
    }

    [Test]
    public void Load_FileThatIsNotAZip_ThrowsNamingIt()
    {
        string root = LeanText.WriteRoot("ABC", [GoodLine]);
        string zip = LeanText.ZipPath(root, "ABC");
        File.WriteAllText(zip, GoodLine);

        var error = Assert.Throws<InputException>(() => new LeanFolderSource(root, PriceAdjustment.Adjusted).Load("ABC"));

        Assert.That(error.Message, Does.StartWith($"{zip}: not a zip archive"));
    }

    [TestCase("20240103,0.98", "expected yyyyMMdd,price factor,split factor[,reference price], found 2 field(s)", TestName = "Load_FactorLineWithTwoFields_NamesFileAndLine")]
    [TestCase("2024-01-03,0.98,1,104", "date '2024-01-03' is not yyyyMMdd", TestName = "Load_FactorLineWithIsoDate_NamesFileAndLine")]
    [TestCase("20240103,x,1,104", "price factor 'x' is not a number", TestName = "Load_FactorLineWithTextFactor_NamesFileAndLine")]
    [TestCase("20240103,1,-0.5,104", "split factor -0.5 is negative", TestName = "Load_FactorLineWithNegativeSplitFactor_NamesFileAndLine")]
    [TestCase("20240103,1,1,abc", "reference price 'abc' is not a number", TestName = "Load_FactorLineWithTextReferencePrice_NamesFileAndLine")]
    [TestCase("20240101,1,1,0", "date 2024-01-01 does not come after the previous row's 2024-01-02", TestName = "Load_FactorLinesOutOfOrder_NamesFileAndLine")]
    public void Load_MalformedFactorLine_ThrowsNamingFileAndLine(string line, string problem)
    {
        string root = LeanText.WriteRoot("ABC", Bars, ["20240102,1,1,100", line, "20501231,1,1,0"]);

        var error = Assert.Throws<InputException>(() => new LeanFolderSource(root, PriceAdjustment.Adjusted).Load("ABC"));

        Assert.That(error.Message, Does.StartWith($"{LeanText.FactorPath(root, "ABC")}, line 2: ").And.Contain(problem));
    }

    [Test]
    public void Load_PriceFactorRisingIntoTheNextRow_ThrowsNamingTheRowAsANegativeDividend()
    {
        string root = LeanText.WriteRoot("ABC", Bars, ["20240102,1,1,100", "20240104,1.02,1,53", "20501231,1,1,0"]);

        var error = Assert.Throws<InputException>(() => new LeanFolderSource(root, PriceAdjustment.Adjusted).Load("ABC"));

        Assert.That(error.Message, Does.StartWith($"{LeanText.FactorPath(root, "ABC")}, line 2: ").And.Contain("negative dividend"));
    }

    [Test]
    public void Load_UnknownTicker_ThrowsNamingTheZipLookedForAndTheTickersThere()
    {
        string root = LeanText.WriteRoot("ABC", [GoodLine]);

        var error = Assert.Throws<InputException>(() => new LeanFolderSource(root, PriceAdjustment.Adjusted).Load("NVDA"));

        Assert.That(error.Message, Does.Contain("'NVDA'").And.Contain(Path.Combine(root, "equity", "usa", "daily", "nvda.zip")).And.Contain("ABC"));
    }

    [Test]
    public void Constructor_MissingFolder_ThrowsNamingIt()
    {
        string folder = Path.Combine(TestPaths.NewTempFolder(), "absent");

        var error = Assert.Throws<InputException>(() => _ = new LeanFolderSource(folder, PriceAdjustment.Adjusted));

        Assert.That(error.Message, Does.Contain(folder).And.Contain("does not exist"));
    }
}
