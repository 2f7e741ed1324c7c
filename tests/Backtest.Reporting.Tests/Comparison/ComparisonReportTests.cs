using System.Globalization;
using System.Text.Json;
using Backtest.Reporting.Comparison;
using Backtest.Reporting.Input;
using Backtest.Reporting.Tests.Support;
using Backtest.Testing;

namespace Backtest.Reporting.Tests.Comparison;

/// <summary><c>compare</c>'s files for three runs, opened one by one: the three figures in every format, the table and the document.</summary>
public sealed class ComparisonReportTests
{
    private readonly TempFolders _temporary = new();
    private static readonly string[] Figures = ["equity", "drawdown", "exposure"];

    private string _root = string.Empty;
    private string _out = string.Empty;
    private SavedRun[] _runs = [];
    private IReadOnlyList<string> _written = [];

    [OneTimeSetUp]
    public void CompareThreeRuns()
    {
        _root = _temporary.New();
        _runs = ComparedRuns.Write(Path.Combine(_root, "runs"));
        _out = Path.Combine(_root, "compare");
        Directory.CreateDirectory(_out);
        _written = ComparisonReport.Write(_runs, _out, ReportOptions.Default);
    }

    [OneTimeTearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [Test]
    public void Write_ThreeRuns_WritesThreeFiguresInEveryFormatTheTableAndTheDocument()
    {
        string[] expected =
        [
            "equity.pdf", "equity.svg", "equity.png", "drawdown.pdf", "drawdown.svg", "drawdown.png", "exposure.pdf", "exposure.svg", "exposure.png",
            "metrics.csv", ComparisonReport.ReportFile,
        ];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Directory.GetFiles(_out).Select(Path.GetFileName), Is.EquivalentTo(expected), "files in the folder");
            Assert.That(_written.Select(Path.GetFileName), Is.EquivalentTo(expected), "files Write says it wrote");
        }
    }

    [Test]
    public void Write_ThreeRuns_ComparisonPdfHasOnePage() =>
        FigureFiles.AssertPdf(Path.Combine(_out, ComparisonReport.ReportFile), pages: 1);

    [TestCaseSource(nameof(Figures))]
    public void Write_ThreeRuns_FigurePdfIsOneVectorPage(string figure) =>
        FigureFiles.AssertVectorPdf(Path.Combine(_out, figure + ".pdf"));

    [TestCaseSource(nameof(Figures))]
    public void Write_ThreeRuns_FigureSvgIsSizedInInchesWithText(string figure) =>
        FigureFiles.AssertSvg(Path.Combine(_out, figure + ".svg"));

    [TestCaseSource(nameof(Figures))]
    public void Write_ThreeRuns_FigurePngIs1950By1050At300Dpi(string figure) =>
        FigureFiles.AssertPng(Path.Combine(_out, figure + ".png"));

    [Test]
    public void Write_ThreeRuns_MetricsCsvHasOneRowPerRunNamedByItsAllocation()
    {
        (string[] header, string[][] rows) = ReadMetricsCsv();

        Assert.That(rows, Has.Length.EqualTo(3), "data rows");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(r => r[Array.IndexOf(header, "run")]), Is.EqualTo(new[] { "shortAllocation=0.4", "shortAllocation=0.6", "shortAllocation=0.8" }));
            Assert.That(rows.Select(r => r[Array.IndexOf(header, "folder")]), Is.EqualTo(_runs.Select(r => r.Folder)));
        }
    }

    [Test]
    public void Write_ThreeRuns_MetricsCsvTotalReturnIsEachRunsMetricsJson()
    {
        (string[] header, string[][] rows) = ReadMetricsCsv();
        int column = Array.IndexOf(header, "total_return");

        double[] table = [.. rows.Select(r => double.Parse(r[column], NumberStyles.Float, CultureInfo.InvariantCulture))];

        Assert.That(table, Is.EqualTo(_runs.Select(r => TotalReturnInMetricsJson(r.Folder))), "total_return against each run's metrics.json, exactly");
    }

    // metrics.csv split by hand: the paths here hold no comma, so no field is quoted.
    private (string[] Header, string[][] Rows) ReadMetricsCsv()
    {
        string[] lines = [.. File.ReadAllLines(Path.Combine(_out, "metrics.csv")).Where(l => l.Length > 0)];
        string[] header = lines[0].Split(',');
        string[][] rows = [.. lines.Skip(1).Select(l => l.Split(','))];
        Assert.That(rows.Select(r => r.Length), Is.All.EqualTo(header.Length), "fields per row");
        return (header, rows);
    }

    private static double TotalReturnInMetricsJson(string folder)
    {
        using JsonDocument metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "metrics.json")));
        return metrics.RootElement.GetProperty("strategy").GetProperty("totalReturn").GetDouble();
    }
}
