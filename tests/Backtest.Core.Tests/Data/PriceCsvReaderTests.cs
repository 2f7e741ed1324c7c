using Backtest.Core.Data;

namespace Backtest.Core.Tests.Data;

/// <summary>Reading well-formed price files: columns by header name, values exactly as written, the file's hash.</summary>
public partial class PriceCsvReaderTests
{
    private const string Header = "Date,Open,High,Low,Close,Volume";

    [Test]
    public void Read_ColumnsInAnyOrderAndCase_MapsEachColumnByName()
    {
        string path = CsvText.Write(
            "ABC.csv",
            "close,DATE,Volume,low,High,open,Adj Close",
            "10.5,2024-01-02,1000,10,11,10.25,9.9",
            "11.25,2024-01-03,2500,10.75,11.5,11,10.8");

        TickerSeries series = PriceCsvReader.Read(path, "ABC");

        Assert.That(series.Ticker, Is.EqualTo("ABC"));
        Assert.That(series.Dates, Is.EqualTo(new[] { new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 3) }));
        Assert.That(series.Open, Is.EqualTo(new[] { 10.25, 11.0 }));
        Assert.That(series.High, Is.EqualTo(new[] { 11.0, 11.5 }));
        Assert.That(series.Low, Is.EqualTo(new[] { 10.0, 10.75 }));
        Assert.That(series.Close, Is.EqualTo(new[] { 10.5, 11.25 }));
        Assert.That(series.Volume, Is.EqualTo(new[] { 1000.0, 2500.0 }));
        Assert.That(series.Dividends, Is.Empty);
    }

    [TestCase("Adj Close")]
    [TestCase("adj_close")]
    [TestCase("AdjClose")]
    public void Read_AdjCloseColumn_IsIgnoredAndCloseIsTheCloseColumn(string adjName)
    {
        string path = CsvText.Write("ABC.csv", $"Date,Open,High,Low,Close,{adjName},Volume", "2024-01-02,10,11,9,10.5,7.25,1000");

        TickerSeries series = PriceCsvReader.Read(path, "ABC");

        Assert.That(series.Close, Is.EqualTo(new[] { 10.5 }));
        Assert.That(series.Volume, Is.EqualTo(new[] { 1000.0 }));
    }

    [TestCase("0.09778600186109543", 0.09778600186109543)]
    [TestCase("120.88800048828125", 120.88800048828125)]
    [TestCase("2.6700000762939453", 2.6700000762939453)]
    [TestCase("1.5e2", 150.0)]
    public void Read_DecimalText_IsReadToTheExactDouble(string text, double expected)
    {
        string path = CsvText.Write("ABC.csv", Header, $"2024-01-02,{text},{text},{text},{text},0");

        TickerSeries series = PriceCsvReader.Read(path, "ABC");

        // No tolerance: the parser must give the double nearest the text, as the C# literal does.
        Assert.That(series.Open[0], Is.EqualTo(expected));
        Assert.That(series.High[0], Is.EqualTo(expected));
        Assert.That(series.Low[0], Is.EqualTo(expected));
        Assert.That(series.Close[0], Is.EqualTo(expected));
        Assert.That(series.Volume[0], Is.Zero);
    }

    [Test]
    public void Read_AnyFile_RecordsItsPathAndSha256()
    {
        string path = CsvText.Write("ABC.csv", Header, "2024-01-02,10,11,9,10.5,1000");

        TickerSeries series = PriceCsvReader.Read(path, "ABC");

        // printf 'Date,Open,High,Low,Close,Volume\n2024-01-02,10,11,9,10.5,1000\n' | sha256sum
        Assert.That(series.Files, Is.EqualTo(new[] { new DataFile(path, "fa89a6fe029d750cd8ba59410e044fbc8623e68e3a69584974f18446b132a895") }));
    }

    [Test]
    public void Read_ByteOrderMarkCrlfAndSpaces_ReadsLikeAPlainFile()
    {
        string path = CsvText.WriteRaw("ABC.csv", "\uFEFFDate, Open ,High,Low,Close,Volume\r\n2024-01-02, 10 ,11,9,10.5,1000\r\n");

        TickerSeries series = PriceCsvReader.Read(path, "ABC");

        Assert.That(series.Dates, Is.EqualTo(new[] { new DateOnly(2024, 1, 2) }));
        Assert.That(series.Open, Is.EqualTo(new[] { 10.0 }));
        Assert.That(series.Close, Is.EqualTo(new[] { 10.5 }));
    }

    [TestCase("11.000001", 11.000001, "10.5", 10.5, TestName = "Read_OpenAHairAboveHigh_IsAcceptedAsFloat32Noise")]
    [TestCase("10", 10.0, "8.999999", 8.999999, TestName = "Read_CloseAHairBelowLow_IsAcceptedAsFloat32Noise")]
    public void Read_PriceAHairOutsideTheBar_IsAcceptedAndKeptAsWritten(string openText, double open, string closeText, double close)
    {
        // High 11 and Low 9: the slack is 11 * 1e-6, more than the 1e-6 these prices stray.
        string path = CsvText.Write("ABC.csv", Header, $"2024-01-02,{openText},11,9,{closeText},1000");

        TickerSeries series = PriceCsvReader.Read(path, "ABC");

        Assert.That(series.Open[0], Is.EqualTo(open));
        Assert.That(series.Close[0], Is.EqualTo(close));
    }
}
