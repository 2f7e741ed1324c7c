using Backtest.Core.Borrow;
using Backtest.Core.Tests.Data;

namespace Backtest.Core.Tests.Borrow;

/// <summary>Reading the borrow table: <c>date,ticker,fee[,rebate][,available]</c>, annual rates, shares.</summary>
public class BorrowCsvReaderTests
{
    private const string Header = "date,ticker,fee,rebate,available";

    [Test]
    public void Read_FullRows_ReadsEachExactlyInFileOrder()
    {
        string path = CsvText.Write("borrow.csv", Header,
            "2024-03-01,PLTR,0.035,-0.01,250000",
            "2024-01-02,PLTR,0.02,0.045,1000000",
            "2024-01-02,TSLA,0.003,0.05,");

        BorrowRow[] rows = BorrowCsvReader.Read(path);

        Assert.That(rows, Is.EqualTo(new[]
        {
            new BorrowRow(new DateOnly(2024, 3, 1), "PLTR", 0.035, -0.01, 250000),
            new BorrowRow(new DateOnly(2024, 1, 2), "PLTR", 0.02, 0.045, 1000000),
            new BorrowRow(new DateOnly(2024, 1, 2), "TSLA", 0.003, 0.05, null),
        }));
    }

    [Test]
    public void Read_OnlyRequiredColumnsInOtherOrderAndCase_LeavesRebateAndAvailableUnset()
    {
        string path = CsvText.Write("borrow.csv", "Fee,TICKER,Date", "0.012,NVDA,2024-05-15");

        BorrowRow[] rows = BorrowCsvReader.Read(path);

        Assert.That(rows, Is.EqualTo(new[] { new BorrowRow(new DateOnly(2024, 5, 15), "NVDA", 0.012, null, null) }));
    }

    [Test]
    public void Read_EmptyFeeCell_LeavesTheFeeUnsetSoTheConstantApplies()
    {
        string path = CsvText.Write("borrow.csv", Header, "2024-05-15,PLTR,,0.04,12000");

        BorrowRow[] rows = BorrowCsvReader.Read(path);

        Assert.That(rows, Is.EqualTo(new[] { new BorrowRow(new DateOnly(2024, 5, 15), "PLTR", null, 0.04, 12000) }));
    }

    [Test]
    public void Read_HeaderOnly_ReturnsNoRows()
    {
        string path = CsvText.Write("borrow.csv", Header);

        Assert.That(BorrowCsvReader.Read(path), Is.Empty);
    }

    [TestCase("2024/05/15,PLTR,0.02,0,100", "date '2024/05/15' is not a date in the format yyyy-MM-dd.")]
    [TestCase("2024-05-15,,0.02,0,100", "ticker is empty.")]
    [TestCase("2024-05-15,PLTR,x,0,100", "fee 'x' is not a number.")]
    [TestCase("2024-05-15,PLTR,NaN,0,100", "fee 'NaN' is not a number.")]
    [TestCase("2024-05-15,PLTR,Infinity,0,100", "fee 'Infinity' is not a number.")]
    [TestCase("2024-05-15,PLTR,-0.01,0,100", "fee -0.01 is negative")]
    [TestCase("2024-05-15,PLTR,0.02,-Infinity,100", "rebate '-Infinity' is not a number.")]
    [TestCase("2024-05-15,PLTR,0.02,0,-5", "available -5 is negative")]
    [TestCase("2024-05-15,PLTR,0.02,0,1e999", "available '1e999' is not a number.")]
    [TestCase("2024-05-15,PLTR,0.02,0", "expected 5 fields as in the header, found 4.")]
    [TestCase("2024-02-14,pltr,0.02,0,100", "a second row for pltr on 2024-02-14 (the first is on line 2)")]
    public void Read_BadRowOnLine3_ThrowsNamingFileLineAndProblem(string badRow, string problem)
    {
        string path = CsvText.Write("borrow.csv", Header, "2024-02-14,PLTR,0.03,0.01,500", badRow);

        var error = Assert.Throws<InputException>(() => BorrowCsvReader.Read(path));

        Assert.That(error.Message, Does.Contain(path).And.Contain("line 3:").And.Contain(problem));
    }

    [Test]
    public void Read_SameDateForAnotherTicker_IsNotARepeat()
    {
        string path = CsvText.Write("borrow.csv", Header, "2024-02-14,PLTR,0.03,0.01,500", "2024-02-14,TSLA,0.003,0.05,900");

        Assert.That(BorrowCsvReader.Read(path), Has.Length.EqualTo(2));
    }

    [Test]
    public void Read_HeaderWithoutFee_ThrowsNamingTheColumnOnLine1()
    {
        string path = CsvText.Write("borrow.csv", "date,ticker,rate", "2024-02-14,PLTR,0.03");

        var error = Assert.Throws<InputException>(() => BorrowCsvReader.Read(path));

        Assert.That(error.Message, Does.Contain(path + ", line 1: missing column(s) Fee").And.Contain("the header has date, ticker, rate"));
    }

    [Test]
    public void Read_EmptyFile_ThrowsOnLine1()
    {
        string path = CsvText.WriteRaw("borrow.csv", string.Empty);

        var error = Assert.Throws<InputException>(() => BorrowCsvReader.Read(path));

        Assert.That(error.Message, Does.Contain(path + ", line 1: the file is empty"));
    }

    [Test]
    public void Read_MissingFile_ThrowsInputErrorNamingIt()
    {
        string path = Path.Combine(Backtest.Testing.TestPaths.NewTempFolder(), "absent.csv");

        var error = Assert.Throws<InputException>(() => BorrowCsvReader.Read(path));

        Assert.That(error.Message, Does.Contain(path).And.Contain("cannot be read: it does not exist"));
    }

    [Test]
    public void Read_LongTickerRepeated_QuotesOnlyItsStart()
    {
        string ticker = new('Q', 3000);
        string path = CsvText.Write("borrow.csv", Header, $"2024-01-02,{ticker},0.01,,", $"2024-01-02,{ticker},0.02,,");

        var error = Assert.Throws<InputException>(() => BorrowCsvReader.Read(path));

        Assert.That(error.Message, Is.EqualTo($"{path}, line 3: a second row for {ticker[..InputExcerpt.MaxLength]}... on 2024-01-02 (the first is on line 2); keep one row per ticker and date."));
    }

    [Test]
    public void Read_HeaderOfManyColumnsWithoutTheRequiredOnes_QuotesOnlyItsStart()
    {
        string path = CsvText.Write("borrow.csv", string.Join(',', Enumerable.Range(0, 20_000).Select(k => "c" + k)));

        var error = Assert.Throws<InputException>(() => BorrowCsvReader.Read(path));

        Assert.That(error.Message, Does.Contain("the header has c0, c1, c2, ").And.Length.LessThan(path.Length + 400));
    }
}
