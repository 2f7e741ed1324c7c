using Backtest.Core.Data;
using Backtest.Testing;

namespace Backtest.Core.Tests.Data;

/// <summary>Any CSV through a column mapping (<c>--columns date=Datum,close=Schluss</c>) and a date format.</summary>
public class ColumnMappingTests
{
    private const string GermanHeader = "Datum,Eroeffnung,Hoch,Tief,Schluss,Volumen";
    private const string GermanMapping = "date=Datum,open=Eroeffnung,high=Hoch,low=Tief,close=Schluss,volume=Volumen";

    [Test]
    public void Parse_Pairs_RenamesThoseColumnsAndKeepsTheOthers()
    {
        ColumnMapping mapping = ColumnMapping.Parse(" DATE = Datum , close=Schluss ");

        Assert.That(mapping.NameOf("Date"), Is.EqualTo("Datum"));
        Assert.That(mapping.NameOf("Close"), Is.EqualTo("Schluss"));
        Assert.That(mapping.NameOf("Open"), Is.EqualTo("Open"));
        Assert.That(mapping.Renames("Open"), Is.False);
        Assert.That(mapping.Text, Is.EqualTo("DATE = Datum , close=Schluss"));
    }

    [TestCase("")]
    [TestCase(" , ")]
    public void Parse_Nothing_IsNoMapping(string text)
    {
        Assert.That(ColumnMapping.Parse(text), Is.SameAs(ColumnMapping.None));
    }

    [TestCase("date", "'date' is not ours=theirs")]
    [TestCase("=Datum", "'=Datum' is not ours=theirs")]
    [TestCase("date=", "'date=' is not ours=theirs")]
    [TestCase("datum=Date", "'datum' is not one of our columns (Date, Open, High, Low, Close, Volume, Dividend, Numerator, Denominator)")]
    [TestCase("close=Schluss,Close=Kurs", "Close is mapped twice")]
    public void Parse_BadMapping_ThrowsNamingTheMappingAndTheProblem(string text, string problem)
    {
        var error = Assert.Throws<InputException>(() => ColumnMapping.Parse(text));

        Assert.That(error.Message, Does.StartWith($"columns '{text}': {problem}"));
    }

    [Test]
    public void Read_GermanHeaderAndDates_ReadsThroughTheMapping()
    {
        string path = CsvText.Write("ABC.csv", GermanHeader, "02.01.2024,10,11,9,10.5,100", "03.01.2024,10.5,12,10,11.5,200");
        var format = CsvFormat.FromSettings(GermanMapping, "dd.MM.yyyy");

        TickerSeries series = PriceCsvReader.Read(path, "ABC", format);

        Assert.That(series.Dates, Is.EqualTo(new[] { new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 3) }));
        Assert.That(series.Close, Is.EqualTo(new[] { 10.5, 11.5 }));
        Assert.That(series.Volume, Is.EqualTo(new[] { 100.0, 200 }));
    }

    [Test]
    public void Read_PartialMapping_UnmappedColumnsKeepTheirNames()
    {
        string path = CsvText.Write("ABC.csv", "Day,Open,High,Low,Last,Volume", "2024-01-02,10,11,9,10.5,100");

        TickerSeries series = PriceCsvReader.Read(path, "ABC", CsvFormat.FromSettings("date=Day,close=Last", CsvFormat.IsoDate));

        Assert.That(series.Close, Is.EqualTo(new[] { 10.5 }));
        Assert.That(series.Open, Is.EqualTo(new[] { 10.0 }));
    }

    [Test]
    public void Read_MappingNamesAMissingColumn_ThrowsNamingFileLineOneAndTheMapping()
    {
        string path = CsvText.Write("ABC.csv", "Datum,Open,High,Low,Close,Volume", "2024-01-02,10,11,9,10.5,100");
        const string mapping = "date=Datum,close=Schluss";

        var error = Assert.Throws<InputException>(() => PriceCsvReader.Read(path, "ABC", CsvFormat.FromSettings(mapping, CsvFormat.IsoDate)));

        Assert.That(error.Message, Does.StartWith($"{path}, line 1: missing column(s) 'Schluss' (mapped from Close)"));
        Assert.That(error.Message, Does.Contain($"The column mapping is '{mapping}'").And.Contain("--columns"));
    }

    [Test]
    public void Read_MappedFileMissingAnUnmappedColumn_SaysItIsNotMapped()
    {
        string path = CsvText.Write("ABC.csv", "Datum,Open,High,Low,Close", "2024-01-02,10,11,9,10.5");

        var error = Assert.Throws<InputException>(() => PriceCsvReader.Read(path, "ABC", CsvFormat.FromSettings("date=Datum", CsvFormat.IsoDate)));

        Assert.That(error.Message, Does.StartWith($"{path}, line 1: missing column(s) 'Volume' (not mapped)").And.Contain("'date=Datum'"));
    }

    [Test]
    public void Read_DateNotInTheGivenFormat_ThrowsNamingLineAndFormat()
    {
        string path = CsvText.Write("ABC.csv", "Date,Open,High,Low,Close,Volume", "02.01.2024,10,11,9,10.5,100", "2024-01-03,10,11,9,10.5,100");

        var error = Assert.Throws<InputException>(() => PriceCsvReader.Read(path, "ABC", CsvFormat.FromSettings(string.Empty, "dd.MM.yyyy")));

        Assert.That(error.Message, Is.EqualTo($"{path}, line 3: Date '2024-01-03' is not a date in the format dd.MM.yyyy."));
    }

    [Test]
    public void Load_FolderWithMapping_MapsDividendsFilesToo()
    {
        string folder = TestPaths.NewTempFolder();
        CsvText.WriteIn(folder, "ABC.csv", GermanHeader, "02.01.2024,10,11,9,10.5,100");
        CsvText.WriteIn(folder, "ABC_dividends.csv", "Datum,Dividende", "03.01.2024,0.25");
        var format = CsvFormat.FromSettings(GermanMapping + ",dividend=Dividende", "dd.MM.yyyy");

        TickerSeries series = new CsvFolderSource(folder, format).Load("ABC");

        Assert.That(series.Dividends, Is.EqualTo(new[] { new Dividend(new DateOnly(2024, 1, 3), 0.25) }));
    }

    [TestCase("dd.MM.yyyy", true)]
    [TestCase("MM/dd/yyyy", true)]
    [TestCase("yyyyMMdd", true)]
    [TestCase("d MMM yyyy", true)]
    [TestCase("yyyy-MM", false)]
    [TestCase("dd.MM", false)]
    [TestCase("HH:mm", false)]
    [TestCase("banana", false)]
    public void FromSettings_DateFormat_AcceptedOnlyWithDayMonthAndYear(string format, bool valid)
    {
        if (valid)
        {
            Assert.That(CsvFormat.FromSettings(string.Empty, format).DateFormat, Is.EqualTo(format));
            return;
        }

        var error = Assert.Throws<InputException>(() => CsvFormat.FromSettings(string.Empty, format));
        Assert.That(error.Message, Does.StartWith($"dateFormat '{format}' is not a date format"));
    }

    [Test]
    public void FromSettings_Defaults_IsOurOwnFormat()
    {
        Assert.That(CsvFormat.FromSettings(string.Empty, CsvFormat.IsoDate), Is.SameAs(CsvFormat.Default));
        Assert.That(CsvFormat.Default.IsCustom, Is.False);
    }

    [Test]
    [Category("RealData")]
    public void Read_ExtensionSetColumnsInAnotherOrder_MappingCanNameThemInAnyCase()
    {
        TestPaths.RequireSharedData();
        string path = Path.Combine(TestPaths.Extension2026, "PLTR.csv");

        TickerSeries mapped = PriceCsvReader.Read(path, "PLTR", CsvFormat.FromSettings("close=CLOSE,open=open", CsvFormat.IsoDate));
        TickerSeries plain = PriceCsvReader.Read(path, "PLTR");

        Assert.That(mapped.Close, Is.EqualTo(plain.Close));
        Assert.That(mapped.Open, Is.EqualTo(plain.Open));
    }
}
