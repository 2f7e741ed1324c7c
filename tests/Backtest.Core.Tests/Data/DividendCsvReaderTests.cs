using Backtest.Core.Data;

namespace Backtest.Core.Tests.Data;

/// <summary>Reading dividends files: <c>Date,Dividend</c> rows of cash per share on the ex-date.</summary>
public class DividendCsvReaderTests
{
    private const string Header = "Date,Dividend";

    [Test]
    public void Read_DateAndDividendRows_ReadsEachExactly()
    {
        string path = CsvText.Write("ABC_dividends.csv", Header, "2012-11-20,0.001875", "2024-02-14,0.75");

        Dividend[] dividends = DividendCsvReader.Read(path);

        Assert.That(dividends, Is.EqualTo(new[]
        {
            new Dividend(new DateOnly(2012, 11, 20), 0.001875),
            new Dividend(new DateOnly(2024, 2, 14), 0.75),
        }));
    }

    [Test]
    public void Read_ColumnsInOtherOrderAndCase_MapsByName()
    {
        string path = CsvText.Write("ABC_dividends.csv", "dividend,DATE", "0.25,2024-05-15");

        Dividend[] dividends = DividendCsvReader.Read(path);

        Assert.That(dividends, Is.EqualTo(new[] { new Dividend(new DateOnly(2024, 5, 15), 0.25) }));
    }

    [Test]
    public void Read_HeaderOnly_ReturnsNoDividends()
    {
        string path = CsvText.Write("ABC_dividends.csv", Header);

        Assert.That(DividendCsvReader.Read(path), Is.Empty);
    }

    [Test]
    public void Read_ZeroDividend_IsAccepted()
    {
        string path = CsvText.Write("ABC_dividends.csv", Header, "2024-05-15,0");

        Assert.That(DividendCsvReader.Read(path), Is.EqualTo(new[] { new Dividend(new DateOnly(2024, 5, 15), 0) }));
    }

    [TestCase("2024-05-15,-0.5", "Dividend -0.5 is negative")]
    [TestCase("2024-05-15,x", "Dividend 'x' is not a number.")]
    [TestCase("2024-05-15,", "Dividend is empty.")]
    [TestCase("15/05/2024,0.5", "Date '15/05/2024' is not an ISO date (yyyy-MM-dd).")]
    [TestCase("2024-02-14,0.5", "Date 2024-02-14 repeats the previous row's 2024-02-14")]
    [TestCase("2024-01-31,0.5", "Date 2024-01-31 comes before the previous row's 2024-02-14")]
    [TestCase("2024-05-15", "expected 2 fields as in the header, found 1.")]
    [TestCase("2024-05-15,0.5,USD", "expected 2 fields as in the header, found 3.")]
    public void Read_BadRowOnLine3_ThrowsNamingFileLineAndProblem(string badRow, string problem)
    {
        string path = CsvText.Write("ABC_dividends.csv", Header, "2024-02-14,0.75", badRow);

        var error = Assert.Throws<InputException>(() => DividendCsvReader.Read(path));

        Assert.That(error.Message, Does.Contain(path).And.Contain("line 3:").And.Contain(problem));
    }

    [Test]
    public void Read_NegativeDividendOnFirstRow_NamesLine2()
    {
        string path = CsvText.Write("ABC_dividends.csv", Header, "2024-02-14,-0.75");

        var error = Assert.Throws<InputException>(() => DividendCsvReader.Read(path));

        Assert.That(error.Message, Does.Contain(path).And.Contain("line 2:").And.Contain("Dividend -0.75 is negative"));
    }

    [Test]
    public void Read_HeaderWithoutDividendColumn_ThrowsNamingItAndWhatDividendFilesNeed()
    {
        string path = CsvText.Write("ABC_dividends.csv", "Date,Amount", "2024-02-14,0.75");

        var error = Assert.Throws<InputException>(() => DividendCsvReader.Read(path));

        Assert.That(
            error.Message,
            Does.Contain(path).And.Contain("line 1:").And.Contain("missing column(s) Dividend;").And.Contain("Date, Dividend"));
    }

    [Test]
    public void Read_EmptyFile_ThrowsOnLine1()
    {
        string path = CsvText.WriteRaw("ABC_dividends.csv", string.Empty);

        var error = Assert.Throws<InputException>(() => DividendCsvReader.Read(path));

        Assert.That(error.Message, Does.Contain(path).And.Contain("line 1:").And.Contain("the file is empty"));
    }
}
