using System.Globalization;
using System.Text.Json;
using Backtest.Reporting.Comparison;
using Backtest.Reporting.Input;
using Backtest.Reporting.Output;
using Backtest.Reporting.Tests.Support;
using Backtest.Testing;
using ScottPlot;

namespace Backtest.Reporting.Tests.Comparison;

/// <summary>
/// <c>compare</c> of the two Burry strategies, the stock short and the puts: runs named by their presets, drawn on the same
/// days, and how short each book was (delta-adjusted) in a figure and in the table.
/// </summary>
[TestFixture(PriceData.Fixture)]
[TestFixture(PriceData.Yahoo)]
public sealed class ShortVersusPutsTests(PriceData data)
{
    private readonly TempFolders _temporary = new();
    private static readonly string[] Presets = [TestRuns.Burry, TestRuns.Puts];

    private string _root = string.Empty;
    private string _out = string.Empty;
    private SavedRun[] _runs = [];
    private EquityColumns[] _files = [];
    private IReadOnlyList<string> _written = [];

    [OneTimeSetUp]
    public void CompareTheTwo()
    {
        string prices = TestRuns.Prices(data);
        _root = _temporary.New();
        string[] folders = [.. Presets.Select(p => TestRuns.Run(p, prices, Path.Combine(_root, "runs"), withReport: false))];
        _runs = [.. folders.Select(SavedRunReader.Read)];
        _files = [.. folders.Select(EquityColumns.Read)];
        _out = Path.Combine(_root, "compare");
        Directory.CreateDirectory(_out);
        _written = ComparisonReport.Write(_runs, _out, ReportOptions.Default);
    }

    [OneTimeTearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [Test]
    public void Of_StockShortAndPuts_NamesEachByItsPreset() =>
        Assert.That(RunLabels.Of(_runs), Is.EqualTo(Presets));

    [Test]
    public void Write_StockShortAndPuts_WritesThreeFiguresTheTableAndTheDocument()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                _written.Select(Path.GetFileName),
                Is.EquivalentTo(new[] { "equity", "drawdown", "exposure" }.SelectMany(f => new[] { f + ".pdf", f + ".svg", f + ".png" }).Append("metrics.csv").Append(ComparisonReport.ReportFile)));
            FigureFiles.AssertPng(Path.Combine(_out, "equity.png"));
            FigureFiles.AssertPdf(Path.Combine(_out, ComparisonReport.ReportFile), pages: 1);
        }
    }

    [Test]
    public void Equity_StockShortAndPuts_BothLinesAreOnTheSameDays()
    {
        Plot plot = ComparisonFigures.Equity(_runs, RunLabels.Of(_runs), ReportOptions.Default);

        Coordinates[][] lines = [.. Presets.Select(p => PlotLines.Points(plot, p + " ("))];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines[0].Select(c => c.X), Is.EqualTo(lines[1].Select(c => c.X)), "the two lines' days");
            Assert.That(lines[0].Select(c => c.X), Is.EqualTo(_files[0].Dates.Select(d => d.ToOADate())), "equity.csv's days");
            Assert.That(_runs.Select(r => r.Dates[0]), Is.All.EqualTo(new DateOnly(2025, 10, 1)), "both start at the preset's from");
        }
    }

    [Test]
    public void Exposure_StockShortAndPuts_EachLineIsItsRunsDeltaExposureColumn()
    {
        Plot plot = ComparisonFigures.Exposure(_runs, RunLabels.Of(_runs), ReportOptions.Default);

        using (Assert.EnterMultipleScope())
        {
            for (int k = 0; k < Presets.Length; k++)
            {
                Assert.That(PlotLines.Points(plot, Presets[k] + " (").Select(c => c.Y), Is.EqualTo(_files[k].DeltaExposure), $"{Presets[k]}: equity.csv's delta_exposure");
            }
        }
    }

    [Test]
    public void Write_StockShortAndPuts_MetricsCsvHasEachRunsAverageDeltaNetFromMetricsJson()
    {
        string[] lines = [.. File.ReadAllLines(Path.Combine(_out, "metrics.csv")).Where(l => l.Length > 0)];
        string[] header = lines[0].Split(',');
        string[][] rows = [.. lines.Skip(1).Select(l => l.Split(','))];
        int run = Array.IndexOf(header, "run"), delta = Array.IndexOf(header, "average_delta_net");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(r => r[run]), Is.EqualTo(Presets), "run names");
            Assert.That(
                rows.Select(r => double.Parse(r[delta], NumberStyles.Float, CultureInfo.InvariantCulture)),
                Is.EqualTo(_runs.Select(r => AverageDeltaNetInMetricsJson(r.Folder))),
                "average_delta_net against each run's metrics.json, exactly");
            Assert.That(AverageDeltaNetInMetricsJson(_runs[0].Folder), Is.LessThan(AverageDeltaNetInMetricsJson(_runs[1].Folder)), "the stock short is the shorter book");
        }
    }

    [Test]
    public void Rows_StockShortAndPuts_TableHasTheDeltaAdjustedNetColumn()
    {
        int column = ComparisonReport.Columns.ToList().IndexOf(ComparisonReport.DeltaNet);

        Assert.That(
            ComparisonReport.Rows(_runs, RunLabels.Of(_runs)).Select(r => r[column]),
            Is.EqualTo(_runs.Select(r => MetricText.Percent(r.Metrics.Exposure.AverageDeltaNet))));
    }

    private static double AverageDeltaNetInMetricsJson(string folder)
    {
        using JsonDocument metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "metrics.json")));
        return metrics.RootElement.GetProperty("exposure").GetProperty("averageDeltaNet").GetDouble();
    }
}
