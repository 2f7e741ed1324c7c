using Backtest.Reporting.Comparison;
using Backtest.Reporting.Input;
using Backtest.Reporting.Tests.Support;
using Backtest.Testing;

namespace Backtest.Reporting.Tests.Comparison;

public sealed class RunLabelsTests
{
    private readonly TempFolders _temporary = new();
    private string _root = string.Empty;

    [OneTimeSetUp]
    public void CreateRoot() => _root = _temporary.New();

    [OneTimeTearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [Test]
    public void Of_RunsDifferingOnlyInShortAllocation_NamesEachByItsAllocation()
    {
        SavedRun[] runs = ComparedRuns.Write(Path.Combine(_root, "allocations"));

        Assert.That(RunLabels.Of(runs), Is.EqualTo(new[] { "shortAllocation=0.4", "shortAllocation=0.6", "shortAllocation=0.8" }));
    }

    [Test]
    public void Of_TwoStrategies_NamesEachByItsPresetOnly()
    {
        string root = Path.Combine(_root, "strategies");
        SavedRun[] runs = [.. new[] { TestRuns.Burry, TestRuns.Puts }.Select(p => SavedRunReader.Read(TestRuns.Run(p, TestRuns.FixturePrices, root, withReport: false)))];

        Assert.That(RunLabels.Of(runs), Is.EqualTo(new[] { "burry-13f-2025", "burry-puts-2025" }));
    }

    [Test]
    public void Of_TwoStrategiesFilledDifferently_AddsTheShortEngineSettingThatDiffers()
    {
        string root = Path.Combine(_root, "fills");
        SavedRun[] runs =
        [
            SavedRunReader.Read(TestRuns.Run(TestRuns.Burry, TestRuns.FixturePrices, root, withReport: false)),
            SavedRunReader.Read(TestRuns.Run(TestRuns.Puts, TestRuns.FixturePrices, root, withReport: false, "fill=close")),
        ];

        Assert.That(RunLabels.Of(runs), Is.EqualTo(new[] { "burry-13f-2025, fill=open", "burry-puts-2025, fill=close" }));
    }

    [Test]
    public void Of_TwoAllocationsBesideThePuts_NamesTheStockShortsByPresetAndAllocation()
    {
        string root = Path.Combine(_root, "mixed");
        SavedRun[] runs =
        [
            SavedRunReader.Read(TestRuns.Run(TestRuns.Burry, TestRuns.FixturePrices, Path.Combine(root, "a"), withReport: false, "shortAllocation=0.4")),
            SavedRunReader.Read(TestRuns.Run(TestRuns.Burry, TestRuns.FixturePrices, Path.Combine(root, "b"), withReport: false, "shortAllocation=0.8")),
            SavedRunReader.Read(TestRuns.Run(TestRuns.Puts, TestRuns.FixturePrices, root, withReport: false)),
        ];

        Assert.That(RunLabels.Of(runs), Is.EqualTo(new[] { "burry-13f-2025, shortAllocation=0.4", "burry-13f-2025, shortAllocation=0.8", "burry-puts-2025" }));
    }

    [Test]
    public void Of_TheSameRunTwice_NamesEachByItsFolder()
    {
        string root = Path.Combine(_root, "twice");
        SavedRun[] runs = [.. Enumerable.Range(0, 2).Select(_ => SavedRunReader.Read(TestRuns.Run(TestRuns.Burry, TestRuns.FixturePrices, root, withReport: false)))];

        Assert.That(RunLabels.Of(runs), Is.EqualTo(runs.Select(r => Path.GetFileName(r.Folder))));
    }
}
