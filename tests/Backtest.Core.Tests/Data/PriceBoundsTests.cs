using Backtest.Core.Data;

namespace Backtest.Core.Tests.Data;

/// <summary>Prices and dividends beyond what a run can add up are refused when they are loaded, naming the ticker, file, column, value and day.</summary>
public class PriceBoundsTests
{
    [TestCase("2024-01-03,1e200,1e200,1e200,1e200,100", "open 1E+200 on 2024-01-03")]
    [TestCase("2024-01-03,1000000001,1000000001,1000000001,1000000001,100", "open 1E+09 on 2024-01-03")]
    [TestCase("2024-01-03,10,10,0.000000001,10,100", "low 1E-09 on 2024-01-03")]
    public void Load_PriceOutsideTheBounds_IsAnInputErrorNamingTheValue(string row, string named)
    {
        string file = CsvText.Write("XYZ.csv", "Date,Open,High,Low,Close,Volume", "2024-01-02,10,10,10,10,100", row);

        var error = Assert.Throws<InputException>(() => new CsvFolderSource(Path.GetDirectoryName(file)!).Load("XYZ"));

        Assert.That(error!.Message, Does.StartWith($"XYZ ({file}): {named} is outside the prices a run accepts, 0.00000001 to 1,000,000,000 a share"));
    }

    [Test]
    public void Load_PricesAtTheBounds_Load()
    {
        string file = CsvText.Write("XYZ.csv", "Date,Open,High,Low,Close,Volume", "2024-01-02,0.00000001,1000000000,0.00000001,1000000000,100");

        TickerSeries series = new CsvFolderSource(Path.GetDirectoryName(file)!).Load("XYZ");

        Assert.That((series.Low[0], series.High[0]), Is.EqualTo((PriceBounds.Smallest, PriceBounds.Largest)));
    }

    [Test]
    public void Load_DividendBeyondTheLargestPrice_IsAnInputError()
    {
        string folder = Path.GetDirectoryName(CsvText.Write("XYZ.csv", "Date,Open,High,Low,Close,Volume", "2024-01-02,10,10,10,10,100"))!;
        CsvText.WriteIn(folder, "XYZ_dividends.csv", "Date,Dividend", "2024-01-02,2e9");

        var error = Assert.Throws<InputException>(() => new CsvFolderSource(folder).Load("XYZ"));

        Assert.That(error!.Message, Does.Contain("dividend 2E+09 on 2024-01-02 is outside the prices a run accepts"));
    }
}
