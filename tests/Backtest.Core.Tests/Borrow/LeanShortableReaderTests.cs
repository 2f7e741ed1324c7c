using Backtest.Core.Borrow;
using Backtest.Core.Tests.Data;
using Backtest.Testing;

namespace Backtest.Core.Tests.Borrow;

/// <summary>Reading LEAN shortable files: no header, <c>yyyyMMdd,quantity[,rebate %,fee %]</c>, one lower-case <c>&lt;ticker&gt;.csv</c> each.</summary>
public class LeanShortableReaderTests
{
    [Test]
    public void ReadFile_LeanLines_TurnsPercentIntoAnnualRatesAndKeepsGapsUnset()
    {
        // The three shapes LEAN's own sample files use: quantity alone, an empty rebate before the fee, all four fields.
        string path = CsvText.Write("spy.csv", "20131004,1000", "20131007,1000,,0.2500", "20131008,501,-1.5,12.75");

        BorrowRow[] rows = LeanShortableReader.ReadFile(path, "SPY");

        Assert.That(rows, Is.EqualTo(new[]
        {
            new BorrowRow(new DateOnly(2013, 10, 4), "SPY", null, null, 1000),
            new BorrowRow(new DateOnly(2013, 10, 7), "SPY", 0.0025, null, 1000),
            new BorrowRow(new DateOnly(2013, 10, 8), "SPY", 0.1275, -0.015, 501),
        }));
    }

    [Test]
    public void ReadFile_CommentsAndEmptyLines_AreSkippedAndLinesStillCountThem()
    {
        string path = CsvText.Write("spy.csv", "# from the broker", string.Empty, "20131004,1000,4.5,0.25", "20131004,900,4.5,0.25");

        var error = Assert.Throws<InputException>(() => LeanShortableReader.ReadFile(path, "SPY"));

        Assert.That(error.Message, Does.Contain(path + ", line 4:").And.Contain("the first is on line 3"));
    }

    [TestCase("2013-10-07,1000,4.5,0.25", "date '2013-10-07' is not a date in the format yyyyMMdd.")]
    [TestCase("20131007", "expected yyyyMMdd,quantity[,rebate rate[,fee rate]], found 1 field(s).")]
    [TestCase("20131007,1000,4.5,0.25,USD", "found 5 field(s).")]
    [TestCase("20131007,-1,4.5,0.25", "quantity -1 is negative")]
    [TestCase("20131007,many,4.5,0.25", "quantity 'many' is not a number.")]
    [TestCase("20131007,1000,4.5,-0.25", "fee rate -0.25% is negative")]
    [TestCase("20131007,1000,4.5,NaN", "fee rate 'NaN' is not a number.")]
    [TestCase("20131007,1000,x,0.25", "rebate rate 'x' is not a number.")]
    public void ReadFile_BadLine2_ThrowsNamingFileLineAndProblem(string badLine, string problem)
    {
        string path = CsvText.Write("spy.csv", "20131004,1000,4.5,0.25", badLine);

        var error = Assert.Throws<InputException>(() => LeanShortableReader.ReadFile(path, "SPY"));

        Assert.That(error.Message, Does.Contain(path).And.Contain("line 2:").And.Contain(problem));
    }

    [Test]
    public void Read_Folder_ReadsEveryFileWithItsStemUpperCasedAsTicker()
    {
        string folder = TestPaths.NewTempFolder();
        CsvText.WriteIn(folder, "spy.csv", "20131004,1000,4.5,0.25");
        CsvText.WriteIn(folder, "gme.csv", "20131004,200,-20,35");
        CsvText.WriteIn(folder, "notes.txt", "not a shortable file");

        BorrowRow[] rows = LeanShortableReader.Read(folder);

        Assert.That(rows, Is.EquivalentTo(new[]
        {
            new BorrowRow(new DateOnly(2013, 10, 4), "SPY", 0.0025, 0.045, 1000),
            new BorrowRow(new DateOnly(2013, 10, 4), "GME", 0.35, -0.2, 200),
        }));
    }

    [Test]
    public void Read_BrokerageFolderForTickers_ReadsTheirLowerCaseFilesUnderSymbolsAndNoOthers()
    {
        string brokerage = TestPaths.NewTempFolder();
        string symbols = Directory.CreateDirectory(Path.Combine(brokerage, "symbols")).FullName;
        CsvText.WriteIn(symbols, "spy.csv", "20131004,1000,4.5,0.25");
        CsvText.WriteIn(symbols, "gme.csv", "not read: GME is not asked for");

        // QQQ has no file: it gets no rows, so the constant fee will apply to it.
        BorrowRow[] rows = LeanShortableReader.Read(brokerage, ["SPY", "QQQ"]);

        Assert.That(rows, Is.EqualTo(new[] { new BorrowRow(new DateOnly(2013, 10, 4), "SPY", 0.0025, 0.045, 1000) }));
    }

    [Test]
    public void Read_MissingFolder_ThrowsInputErrorNamingIt()
    {
        string folder = Path.Combine(TestPaths.NewTempFolder(), "shortable");

        var error = Assert.Throws<InputException>(() => LeanShortableReader.Read(folder, ["SPY"]));

        Assert.That(error.Message, Does.Contain($"'{folder}' does not exist"));
    }
}
