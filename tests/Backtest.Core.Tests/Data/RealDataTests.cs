using System.Globalization;
using Backtest.Core.Data;
using Backtest.Testing;

namespace Backtest.Core.Tests.Data;

/// <summary>Every real price file in ../shared/data loads and matches the facts its README states.</summary>
/// <remarks>Skipped with a clear message where the shared data is absent; expected values come from the README table.</remarks>
[Category("RealData")]
public partial class RealDataTests
{
    [Test]
    public void Tickers_MainSet_ListsEveryPriceFileAndNoDividendFile()
    {
        TestPaths.RequireSharedData();

        var source = new CsvFolderSource(TestPaths.YahooDaily);

        Assert.That(source.Tickers, Is.EqualTo(new[] { "AMD", "AVGO", "GOOGL", "META", "MSFT", "NVDA", "ORCL", "PLTR", "QQQ", "SMCI", "SPY", "TSLA" }));
    }

    [Test]
    public void Tickers_ExtensionSet_ListsItsSixFiles()
    {
        TestPaths.RequireSharedData();

        var source = new CsvFolderSource(TestPaths.Extension2026);

        Assert.That(source.Tickers, Is.EqualTo(new[] { "GOOGL", "META", "MSFT", "NVDA", "PLTR", "TSLA" }));
    }

    [TestCase("NVDA", 6642, "1999-12-31")]
    [TestCase("MSFT", 6642, "1999-12-31")]
    [TestCase("SPY", 6642, "1999-12-31")]
    [TestCase("QQQ", 6642, "1999-12-31")]
    [TestCase("AMD", 6642, "1999-12-31")]
    [TestCase("ORCL", 6642, "1999-12-31")]
    [TestCase("PLTR", 1422, "2020-09-30")]
    [TestCase("AVGO", 4229, "2009-08-06")]
    [TestCase("META", 3527, "2012-05-18")]
    [TestCase("GOOGL", 5479, "2004-08-19")]
    [TestCase("TSLA", 4004, "2010-06-29")]
    [TestCase("SMCI", 4823, "2007-03-29")]
    public void Load_MainSetTicker_HasTheReadmeRowsAndDates(string ticker, int rows, string first)
    {
        TestPaths.RequireSharedData();

        TickerSeries series = new CsvFolderSource(TestPaths.YahooDaily).Load(ticker);

        Assert.That(series.Ticker, Is.EqualTo(ticker));
        Assert.That(series.Count, Is.EqualTo(rows));
        Assert.That(series.FirstDate, Is.EqualTo(Day(first)));
        Assert.That(series.LastDate, Is.EqualTo(new DateOnly(2026, 5, 29)));
    }

    [TestCase("NVDA")]
    [TestCase("PLTR")]
    [TestCase("MSFT")]
    [TestCase("META")]
    [TestCase("GOOGL")]
    [TestCase("TSLA")]
    public void Load_ExtensionTicker_HasTheReadmeRowsAndDates(string ticker)
    {
        TestPaths.RequireSharedData();

        TickerSeries series = new CsvFolderSource(TestPaths.Extension2026).Load(ticker);

        Assert.That(series.Count, Is.EqualTo(427));
        Assert.That(series.FirstDate, Is.EqualTo(new DateOnly(2024, 12, 6)));
        Assert.That(series.LastDate, Is.EqualTo(new DateOnly(2026, 8, 21)));
        Assert.That(series.Dividends, Is.Empty);
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
