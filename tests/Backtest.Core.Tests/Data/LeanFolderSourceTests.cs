using Backtest.Core.Data;
using Backtest.Core.Runs;

namespace Backtest.Core.Tests.Data;

/// <summary>
/// LEAN daily zips and factor files on tiny hand-written cases, every expected number worked by hand here. The raw
/// bars below are a 2-for-1 split between 2024-01-03 and 2024-01-04: closes 100, 104, then 53, 49, 48.
/// </summary>
public partial class LeanFolderSourceTests
{
    private const double Exact = 1e-12;

    private static readonly string[] Bars =
    [
        "20240102 00:00,1000000,1010000,990000,1000000,1000",
        "20240103 00:00,1020000,1050000,1010000,1040000,2000",
        "20240104 00:00,520000,540000,510000,530000,4000",
        "20240105 00:00,530000,550000,480000,490000,3000",
        "20240108 00:00,490000,500000,470000,480000,3000",
    ];

    private static readonly DateOnly[] Days = [new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 4), new(2024, 1, 5), new(2024, 1, 8)];

    [Test]
    public void Load_NoFactorFile_RawPricesInEitherModeAndNoSplitsOrDividends([Values] PriceAdjustment adjustment)
    {
        string root = LeanText.WriteRoot("ABC", Bars);

        TickerSeries series = new LeanFolderSource(root, adjustment).Load("ABC");

        Assert.That(series.Ticker, Is.EqualTo("ABC"));
        Assert.That(series.Dates, Is.EqualTo(Days));
        Assert.That(series.Open, Is.EqualTo(new[] { 100, 102, 52, 53, 49.0 }).Within(Exact));
        Assert.That(series.High, Is.EqualTo(new[] { 101, 105, 54, 55, 50.0 }).Within(Exact));
        Assert.That(series.Low, Is.EqualTo(new[] { 99, 101, 51, 48, 47.0 }).Within(Exact));
        Assert.That(series.Close, Is.EqualTo(new[] { 100, 104, 53, 49, 48.0 }).Within(Exact));
        Assert.That(series.Volume, Is.EqualTo(new[] { 1000, 2000, 4000, 3000, 3000.0 }));
        Assert.That(series.Splits, Is.Empty);
        Assert.That(series.Dividends, Is.Empty);
        Assert.That(series.Files.Select(f => f.Path), Is.EqualTo(new[] { LeanText.ZipPath(root, "ABC") }));
    }

    [Test]
    public void Load_TwoForOneSplitAdjusted_PricesUpToTheRowDateHalvedVolumesDoubled()
    {
        // The row dated 2024-01-03 covers every day up to it with split factor 0.5; the next row (2050) has 1.
        string root = LeanText.WriteRoot("ABC", Bars, ["20240102,1,0.5,0", "20240103,1,0.5,104", "20501231,1,1,0"]);

        TickerSeries series = new LeanFolderSource(root, PriceAdjustment.Adjusted).Load("ABC");

        Assert.That(series.Open, Is.EqualTo(new[] { 50, 51, 52, 53, 49.0 }).Within(Exact));
        Assert.That(series.High, Is.EqualTo(new[] { 50.5, 52.5, 54, 55, 50 }).Within(Exact));
        Assert.That(series.Low, Is.EqualTo(new[] { 49.5, 50.5, 51, 48, 47 }).Within(Exact));
        Assert.That(series.Close, Is.EqualTo(new[] { 50, 52, 53, 49, 48.0 }).Within(Exact));
        Assert.That(series.Volume, Is.EqualTo(new[] { 2000, 4000, 4000, 3000, 3000.0 }).Within(Exact));
        Assert.That(series.Dividends, Is.Empty);
        Assert.That(series.Splits, Is.EqualTo(new[] { new Split(new DateOnly(2024, 1, 4), 2) }), "listed, but used only with raw prices");
    }

    [Test]
    public void Load_TwoForOneSplitRaw_PricesAsTradedAndTheSplitOnTheFirstDayAfterTheRow()
    {
        string root = LeanText.WriteRoot("ABC", Bars, ["20240102,1,0.5,0", "20240103,1,0.5,104", "20501231,1,1,0"]);

        TickerSeries series = new LeanFolderSource(root, PriceAdjustment.Raw).Load("ABC");

        Assert.That(series.Close, Is.EqualTo(new[] { 100, 104, 53, 49, 48.0 }).Within(Exact));
        Assert.That(series.Volume, Is.EqualTo(new[] { 1000, 2000, 4000, 3000, 3000.0 }));
        // sf(next) / sf(D) = 1 / 0.5: two new shares per old one, from the open of 2024-01-04.
        Assert.That(series.Splits, Is.EqualTo(new[] { new Split(new DateOnly(2024, 1, 4), 2) }));
        Assert.That(series.Dividends, Is.Empty);
    }

    [Test]
    public void Load_Dividend_ExDateIsTheDayAfterTheRowAndAmountIsReferenceTimesOneMinusRatio([Values] PriceAdjustment adjustment)
    {
        // pf 0.98 up to 2024-01-04, 1 after: ratio 0.98, so 53 x (1 - 0.98) = 1.06 a share, ex-date 2024-01-05.
        string root = LeanText.WriteRoot("ABC", Bars, ["20240104,0.98,1,53", "20501231,1,1,0"]);

        TickerSeries series = new LeanFolderSource(root, adjustment).Load("ABC");

        Assert.That(series.Dividends, Has.Length.EqualTo(1));
        Assert.That(series.Dividends[0].ExDate, Is.EqualTo(new DateOnly(2024, 1, 5)));
        Assert.That(series.Dividends[0].Amount, Is.EqualTo(1.06).Within(Exact));
        Assert.That(series.Close, Is.EqualTo(new[] { 100, 104, 53, 49, 48.0 }).Within(Exact), "prices are not dividend-adjusted");
        Assert.That(series.Splits, Is.Empty);
    }

    [Test]
    public void Load_DividendWithoutReferencePrice_UsesTheRawCloseOfTheRowDate()
    {
        // Older factor files have three fields; the reference price is then the close of 2024-01-04, 53.
        string root = LeanText.WriteRoot("ABC", Bars, ["20240104,0.98,1", "20501231,1,1"]);

        TickerSeries series = new LeanFolderSource(root, PriceAdjustment.Adjusted).Load("ABC");

        Assert.That(series.Dividends.Select(d => d.ExDate), Is.EqualTo(new[] { new DateOnly(2024, 1, 5) }));
        Assert.That(series.Dividends[0].Amount, Is.EqualTo(1.06).Within(Exact));
    }

    // Rows: a dividend before the split (pf 0.9702 -> 0.98: ratio 0.99, 100 x 0.01 = 1.00 a raw share, ex 2024-01-03),
    // the 2-for-1 split (sf 0.5 -> 1 after 2024-01-03), and a dividend after it (pf 0.98 -> 1: 49 x 0.02 = 0.98,
    // ex 2024-01-08, the Monday after the row's Friday).
    private static readonly string[] SplitAndDividends =
        ["20240102,0.9702,0.5,100", "20240103,0.98,0.5,104", "20240105,0.98,1,49", "20501231,1,1,0"];

    [Test]
    public void Load_SplitAndDividendsAdjusted_DividendBeforeTheSplitIsHalved()
    {
        string root = LeanText.WriteRoot("ABC", Bars, SplitAndDividends);

        TickerSeries series = new LeanFolderSource(root, PriceAdjustment.Adjusted).Load("ABC");

        // Split factors by day: 0.5 (row 01-02), 0.5 (row 01-03), 1 (row 01-05), 1 (row 01-05), 1 (the 2050 row).
        Assert.That(series.Close, Is.EqualTo(new[] { 50, 52, 53, 49, 48.0 }).Within(Exact));
        Assert.That(series.Dividends.Select(d => d.ExDate), Is.EqualTo(new[] { new DateOnly(2024, 1, 3), new DateOnly(2024, 1, 8) }));
        Assert.That(series.Dividends.Select(d => d.Amount), Is.EqualTo(new[] { 0.50, 0.98 }).Within(Exact), "1.00 x 0.5, and 0.98 x 1");
    }

    [Test]
    public void Load_SplitAndDividendsRaw_DividendsAsPaidOnTheSharesOfTheirDay()
    {
        string root = LeanText.WriteRoot("ABC", Bars, SplitAndDividends);

        TickerSeries series = new LeanFolderSource(root, PriceAdjustment.Raw).Load("ABC");

        Assert.That(series.Close, Is.EqualTo(new[] { 100, 104, 53, 49, 48.0 }).Within(Exact));
        Assert.That(series.Dividends.Select(d => d.Amount), Is.EqualTo(new[] { 1.00, 0.98 }).Within(Exact));
        Assert.That(series.Splits, Is.EqualTo(new[] { new Split(new DateOnly(2024, 1, 4), 2) }));
    }

    [Test]
    public void Load_SplitAndDividendOnOneRow_DividendPerSplitShareInBothModes([Values] PriceAdjustment adjustment)
    {
        // 104 x (1 - 0.99) = 1.04 a pre-split share, ex 2024-01-04 when the 2-for-1 takes effect: 0.52 a split-adjusted
        // share, and 0.52 a share as traded that day, since the engine splits positions before paying dividends.
        string root = LeanText.WriteRoot("ABC", Bars, ["20240103,0.99,0.5,104", "20501231,1,1,0"]);

        TickerSeries series = new LeanFolderSource(root, adjustment).Load("ABC");

        Assert.That(series.Dividends.Select(d => d.ExDate), Is.EqualTo(new[] { new DateOnly(2024, 1, 4) }));
        Assert.That(series.Dividends[0].Amount, Is.EqualTo(0.52).Within(Exact));
        Assert.That(series.Splits, Is.EqualTo(new[] { new Split(new DateOnly(2024, 1, 4), 2) }));
    }

    [Test]
    public void Load_RoundedSplitFactors_RatioIsTheSimpleFraction()
    {
        // 0.0178571 / 0.00892857 = 1.9999989 from 8-decimal factors; a split is a whole 2-for-1.
        string root = LeanText.WriteRoot("ABC", Bars, ["20240103,1,0.00892857,104", "20240108,1,0.0178571,48", "20501231,1,0.0178571,0"]);

        TickerSeries series = new LeanFolderSource(root, PriceAdjustment.Raw).Load("ABC");

        Assert.That(series.Splits, Is.EqualTo(new[] { new Split(new DateOnly(2024, 1, 4), 2) }));
    }

    [Test]
    public void Load_ReverseSplit_RatioBelowOne()
    {
        // sf 10 -> 1 going forward: one new share for ten old (LEAN's split factor 10).
        string root = LeanText.WriteRoot("ABC", Bars, ["20240103,1,10,104", "20501231,1,1,0"]);

        TickerSeries series = new LeanFolderSource(root, PriceAdjustment.Raw).Load("ABC");

        Assert.That(series.Splits, Is.EqualTo(new[] { new Split(new DateOnly(2024, 1, 4), 0.1) }));
    }

    [Test]
    public void Load_InfAndExponentLines_AreSkippedAsLeanSkipsThem()
    {
        string root = LeanText.WriteRoot("ABC", Bars, ["20240101,inf,1,0", "20240102,1.6e+6,1,0", "20240104,0.98,1,53", "20501231,1,1,0"]);

        TickerSeries series = new LeanFolderSource(root, PriceAdjustment.Adjusted).Load("ABC");

        Assert.That(series.Dividends.Select(d => d.Amount), Is.EqualTo(new[] { 1.06 }).Within(Exact));
        Assert.That(series.Close, Is.EqualTo(new[] { 100, 104, 53, 49, 48.0 }).Within(Exact));
    }

    [Test]
    public void Load_WithFactorFile_RecordsTheZipAndTheFactorFileWithTheirHashes()
    {
        string root = LeanText.WriteRoot("ABC", Bars, ["20240104,0.98,1,53", "20501231,1,1,0"]);
        string zip = LeanText.ZipPath(root, "ABC"), factors = LeanText.FactorPath(root, "ABC");

        TickerSeries series = new LeanFolderSource(root, PriceAdjustment.Adjusted).Load("abc");

        Assert.That(series.Files, Is.EqualTo(new[]
        {
            new DataFile(zip, Sha256(zip)),
            // printf '20240104,0.98,1,53\n20501231,1,1,0\n' | sha256sum
            new DataFile(factors, "da15c3007480bfb948e595a1195b77cfb0376ef528d377e0ecbc94149bc26dcb"),
        }));
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
}
