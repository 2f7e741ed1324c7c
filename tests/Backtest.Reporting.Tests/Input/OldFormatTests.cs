using System.Text.Json.Nodes;
using Backtest.Reporting.Figures;
using Backtest.Reporting.Input;
using Backtest.Reporting.Output;
using Backtest.Reporting.Tests.Support;
using Backtest.Testing;

namespace Backtest.Reporting.Tests.Input;

/// <summary>
/// Results folders saved before options (no option_value or delta_exposure, no contract or multiplier, no options.csv, no
/// option settings or option exposures in the JSON) still read and report.
/// </summary>
public sealed class OldFormatTests
{
    private readonly TempFolders _temporary = new();
    private string _root = string.Empty;

    [OneTimeSetUp]
    public void CreateRoot() => _root = _temporary.New();

    [OneTimeTearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [TestCase(TestRuns.Burry)]
    [TestCase(TestRuns.Puts)]
    public void Write_FolderSavedBeforeOptions_WritesTheReportAndEveryFigure(string preset)
    {
        string folder = OldFolder(preset);

        IReadOnlyList<string> written = ReportWriter.Write(folder, ReportOptions.Default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(written, Has.Count.EqualTo(1 + (3 * Figure.All.Count)), "report.pdf and every figure in three formats");
            FigureFiles.AssertPdf(Path.Combine(folder, ReportWriter.ReportFile), TearSheet.Pages);
        }
    }

    [Test]
    public void Read_StockShortSavedBeforeOptions_DeltaExposureIsTheSharesNetAndOptionsAreAbsent()
    {
        string folder = OldFolder(TestRuns.Burry);

        SavedRun run = SavedRunReader.Read(folder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.DeltaExposure, Is.EqualTo(run.LongValue.Select((l, t) => (l + run.ShortValue[t]) / run.Equity[t])), "delta_exposure: (long + short) / equity");
            Assert.That(run.OptionValue, Is.All.Zero, "option_value");
            Assert.That(run.Metrics.Exposure.AverageDeltaNet, Is.EqualTo(run.Metrics.Exposure.AverageNet), "averageDeltaNet: the shares' average net");
            Assert.That(run.HasOptions, Is.False, "options");
            Assert.That(run.Record.Options, Is.Empty, "option settings");
            Assert.That(run.SettingsLine, Does.Not.Contain("option"), "settings line");
            Assert.That(run.Trades.Select(t => t.Multiplier), Is.All.EqualTo(1), "multiplier");
        }
    }

    [Test]
    public void Read_TradesWithoutValue_ValueIsQuantityTimesPrice()
    {
        string folder = OldFolder(TestRuns.Burry);
        Strip(Path.Combine(folder, "trades.csv"), "value");

        SavedRun run = SavedRunReader.Read(folder);

        Assert.That(run.Trades.Select(t => t.Value), Is.EqualTo(run.Trades.Select(t => t.Quantity * t.Price)));
    }

    // A run of the preset on the fixture prices, then its files brought back to what the version before options wrote.
    private string OldFolder(string preset)
    {
        string folder = TestRuns.Run(preset, TestRuns.FixturePrices, Path.Combine(_root, Guid.NewGuid().ToString("N")[..8]), withReport: false);
        Strip(Path.Combine(folder, "equity.csv"), "option_value", "delta_exposure");
        Strip(Path.Combine(folder, "trades.csv"), "contract", "multiplier");
        File.Delete(Path.Combine(folder, SavedRunReader.OptionsFile));

        JsonNode record = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "run.json")))!;
        record.AsObject().Remove("options");
        File.WriteAllText(Path.Combine(folder, "run.json"), record.ToJsonString());

        JsonNode metrics = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "metrics.json")))!;
        JsonObject exposure = metrics["exposure"]!.AsObject();
        exposure.Remove("averageDeltaNet");
        exposure.Remove("averageOptionValue");
        File.WriteAllText(Path.Combine(folder, "metrics.json"), metrics.ToJsonString());
        return folder;
    }

    // Drops columns from a CSV whose fields hold no comma (true of equity.csv and trades.csv).
    private static void Strip(string path, params string[] columns)
    {
        string[][] rows = [.. File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => l.Split(','))];
        int[] keep = [.. Enumerable.Range(0, rows[0].Length).Where(k => !columns.Contains(rows[0][k]))];
        File.WriteAllLines(path, rows.Select(r => string.Join(',', keep.Select(k => r[k]))));
    }
}
