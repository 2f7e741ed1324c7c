using Backtest.Core.Data;

namespace Backtest.Core.Tests.Data;

/// <summary>Each broken price file fails with an <see cref="InputException"/> naming the file, the line and the problem.</summary>
public partial class PriceCsvReaderTests
{
    private const string GoodRow = "2024-01-02,10,11,9,10.5,100";

    [TestCase("2024/01/03,10,11,9,10.5,100", "Date '2024/01/03' is not an ISO date (yyyy-MM-dd).")]
    [TestCase("01/03/2024,10,11,9,10.5,100", "Date '01/03/2024' is not an ISO date (yyyy-MM-dd).")]
    [TestCase("2024-1-3,10,11,9,10.5,100", "Date '2024-1-3' is not an ISO date (yyyy-MM-dd).")]
    [TestCase("2024-02-30,10,11,9,10.5,100", "Date '2024-02-30' is not an ISO date (yyyy-MM-dd).")]
    [TestCase("2024-01-03 16:00:00,10,11,9,10.5,100", "Date '2024-01-03 16:00:00' is not an ISO date (yyyy-MM-dd).")]
    [TestCase(",10,11,9,10.5,100", "Date '' is not an ISO date (yyyy-MM-dd).")]
    [TestCase("2024-01-03,ten,11,9,10.5,100", "Open 'ten' is not a number.")]
    [TestCase("2024-01-03,10,11,9,10.5,1O0", "Volume '1O0' is not a number.")]
    [TestCase("2024-01-03,10,11,9,NaN,100", "Close 'NaN' is not a number.")]
    [TestCase("2024-01-03,10,Infinity,9,10.5,100", "High 'Infinity' is not a number.")]
    [TestCase("2024-01-03,10,11,9,1e400,100", "Close '1e400' is not a number.")]
    [TestCase("2024-01-03,10,,9,10.5,100", "High is empty.")]
    [TestCase("2024-01-03,10,11,9,10.5,", "Volume is empty.")]
    [TestCase("2024-01-03,10,11,0,10.5,100", "Low 0 is not a positive price.")]
    [TestCase("2024-01-03,-10,11,9,10.5,100", "Open -10 is not a positive price.")]
    [TestCase("2024-01-03,10,9,11,10,100", "High 9 is below Low 11.")]
    [TestCase("2024-01-03,12,11,9,10.5,100", "Open 12 is outside the bar's Low..High (9..11).")]
    [TestCase("2024-01-03,8,11,9,10.5,100", "Open 8 is outside the bar's Low..High (9..11).")]
    [TestCase("2024-01-03,10,11,9,11.5,100", "Close 11.5 is outside the bar's Low..High (9..11).")]
    [TestCase("2024-01-03,10,11,9,8.5,100", "Close 8.5 is outside the bar's Low..High (9..11).")]
    [TestCase("2024-01-03,10,11,9,10.5,-1", "Volume -1 is negative.")]
    [TestCase("2024-01-02,10,11,9,10.5,100", "Date 2024-01-02 repeats the previous row's 2024-01-02")]
    [TestCase("2024-01-01,10,11,9,10.5,100", "Date 2024-01-01 comes before the previous row's 2024-01-02")]
    [TestCase("2024-01-03,10,11,9,10.5", "expected 6 fields as in the header, found 5.")]
    [TestCase("2024-01-03,10,11,9,10.5,100,7", "expected 6 fields as in the header, found 7.")]
    public void Read_BadRowOnLine3_ThrowsNamingFileLineAndProblem(string badRow, string problem)
    {
        string path = CsvText.Write("ABC.csv", Header, GoodRow, badRow);

        var error = Assert.Throws<InputException>(() => PriceCsvReader.Read(path, "ABC"));

        Assert.That(error.Message, Does.Contain(path).And.Contain("line 3:").And.Contain(problem));
    }

    [TestCase(2)]
    [TestCase(5)]
    [TestCase(40)]
    public void Read_BadRowAfterGoodRows_NamesItsLineCountingTheHeader(int badLine)
    {
        var lines = new List<string> { Header };
        for (int k = 0; k < badLine - 2; k++)
        {
            lines.Add($"{new DateOnly(2024, 1, 1).AddDays(k):yyyy-MM-dd},10,11,9,10.5,100");
        }

        lines.Add("2030-01-01,10,11,9,99,100");
        string path = CsvText.Write("ABC.csv", [.. lines]);

        var error = Assert.Throws<InputException>(() => PriceCsvReader.Read(path, "ABC"));

        Assert.That(error.Message, Does.Contain($"line {badLine}:").And.Contain("Close 99 is outside"));
    }

    [Test]
    public void Read_BlankLineBeforeTheBadRow_CountsTheBlankLine()
    {
        // Line 1 header, 2 good, 3 blank (skipped), 4 bad: the message must point at the line an editor shows.
        string path = CsvText.Write("ABC.csv", Header, GoodRow, string.Empty, "2024-01-03,10,11,9,10.5,-5");

        var error = Assert.Throws<InputException>(() => PriceCsvReader.Read(path, "ABC"));

        Assert.That(error.Message, Does.Contain("line 4:").And.Contain("Volume -5 is negative."));
    }

    [TestCase("Date,Open,High,Low,Close", "missing column(s) Volume;")]
    [TestCase("Date,Open,High,Close", "missing column(s) Low, Volume;")]
    [TestCase("Date,Open,High,Low,Adj Close,Volume", "missing column(s) Close;")]
    [TestCase("Day,Open,High,Low,Close,Volume", "missing column(s) Date;")]
    public void Read_HeaderLacksAColumn_ThrowsNamingTheMissingColumns(string header, string problem)
    {
        string path = CsvText.Write("ABC.csv", header, GoodRow);

        var error = Assert.Throws<InputException>(() => PriceCsvReader.Read(path, "ABC"));

        Assert.That(error.Message, Does.Contain(path).And.Contain("line 1:").And.Contain(problem));
    }

    [TestCase("", TestName = "Read_EmptyFile_ThrowsOnLine1")]
    [TestCase("\n\n", TestName = "Read_OnlyBlankLines_ThrowsOnLine1")]
    public void Read_NoHeader_ThrowsFileIsEmpty(string text)
    {
        string path = CsvText.WriteRaw("ABC.csv", text);

        var error = Assert.Throws<InputException>(() => PriceCsvReader.Read(path, "ABC"));

        Assert.That(error.Message, Does.Contain(path).And.Contain("line 1:").And.Contain("the file is empty"));
    }

    [Test]
    public void Read_HeaderOnly_ThrowsNoDataRowsOnLine2()
    {
        string path = CsvText.Write("ABC.csv", Header);

        var error = Assert.Throws<InputException>(() => PriceCsvReader.Read(path, "ABC"));

        Assert.That(error.Message, Does.Contain(path).And.Contain("line 2:").And.Contain("no data rows"));
    }

    // A cell of 5,000 characters is quoted by its first 100 and "...": the message names the problem, not the whole cell.
    [TestCase(0, "Date '{0}...' is not an ISO date (yyyy-MM-dd).")]
    [TestCase(4, "Close '{0}...' is not a number.")]
    public void Read_LongBadCell_QuotesOnlyItsStart(int field, string problem)
    {
        string cell = "2024-01-03" + new string('x', 5000);
        string[] fields = GoodRow.Replace("2024-01-02", "2024-01-03").Split(',');
        fields[field] = cell;
        string path = CsvText.Write("ABC.csv", Header, GoodRow, string.Join(',', fields));

        var error = Assert.Throws<InputException>(() => PriceCsvReader.Read(path, "ABC"));

        Assert.That(error.Message, Is.EqualTo($"{path}, line 3: " + string.Format(problem, cell[..InputExcerpt.MaxLength])));
    }

    [Test]
    public void Read_HeaderOfManyColumnsWithoutTheRequiredOnes_QuotesOnlyItsStart()
    {
        string header = string.Join(',', Enumerable.Range(0, 20_000).Select(k => "Column" + k));
        string path = CsvText.Write("ABC.csv", header, GoodRow);

        var error = Assert.Throws<InputException>(() => PriceCsvReader.Read(path, "ABC"));

        Assert.That(error.Message, Does.Contain("the header has Column0, Column1, Column2, ").And.Contain("...."));
        Assert.That(error.Message, Has.Length.LessThan(path.Length + 400), error.Message);
    }
}
