using Backtest.Core.Data;
using Backtest.Core.Runs;

namespace Backtest.Core.Tests.Data;

/// <summary>--data may point at LEAN's data root, at equity/usa or at the daily folder; factor files are found from each.</summary>
public partial class LeanFolderSourceTests
{
    [TestCase("", TestName = "Load_DataRoot_FindsZipsAndFactorFiles")]
    [TestCase("equity/usa", TestName = "Load_EquityUsaFolder_FindsZipsAndFactorFiles")]
    [TestCase("equity/usa/daily", TestName = "Load_DailyFolder_FindsZipsAndFactorFilesBesideIt")]
    [TestCase("equity/usa/daily/", TestName = "Load_DailyFolderWithTrailingSlash_FindsZipsAndFactorFilesBesideIt")]
    public void Load_AnyLevelOfTheLayout_ReadsTheSameSeries(string below)
    {
        string root = LeanText.WriteRoot("ABC", Bars, ["20240103,1,0.5,104", "20501231,1,1,0"]);
        LeanText.WriteIn(root, "xyz", [GoodLine]);
        string folder = below.Length == 0 ? root : root + "/" + below;

        var source = new LeanFolderSource(folder, PriceAdjustment.Raw);
        TickerSeries series = source.Load("ABC");

        Assert.That(source.Tickers, Is.EqualTo(new[] { "ABC", "XYZ" }));
        Assert.That(source.Location, Is.EqualTo(folder));
        Assert.That(series.Splits, Is.EqualTo(new[] { new Split(new DateOnly(2024, 1, 4), 2) }), "the factor file was found");
        Assert.That(series.Files, Has.Count.EqualTo(2));
    }

    [Test]
    public void Layout_DailyFolder_FactorFilesAreItsSibling()
    {
        string root = LeanText.WriteRoot("ABC", Bars);
        string daily = Path.Combine(root, "equity", "usa", "daily");

        LeanLayout layout = LeanLayout.For(daily);

        Assert.That(layout, Is.EqualTo(new LeanLayout(daily, Path.Combine(root, "equity", "usa", "factor_files"))));
    }

    [Test]
    public void Holds_RootOrZipFolder_TrueAndCsvFolder_False()
    {
        string root = LeanText.WriteRoot("ABC", Bars);
        string csv = Backtest.Testing.TestPaths.NewTempFolder();
        CsvText.WriteIn(csv, "ABC.csv", "Date,Open,High,Low,Close,Volume", "2024-01-02,10,11,9,10.5,100");

        Assert.That(LeanLayout.Holds(root), Is.True);
        Assert.That(LeanLayout.Holds(Path.Combine(root, "equity", "usa")), Is.True);
        Assert.That(LeanLayout.Holds(Path.Combine(root, "equity", "usa", "daily")), Is.True);
        Assert.That(LeanLayout.Holds(csv), Is.False);
    }
}
