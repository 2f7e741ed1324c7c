using Backtest.Reporting.Figures;
using Backtest.Reporting.Output;
using Backtest.Reporting.Tests.Support;
using Backtest.Testing;

namespace Backtest.Reporting.Tests;

/// <summary>
/// The report a run writes (<c>report.pdf</c> and every figure as PDF, SVG and PNG), opened file by file. One run with its
/// report per price set, shared by the fixture's tests: the synthetic prices always, the real prices when they are there.
/// </summary>
[TestFixture(PriceData.Fixture)]
[TestFixture(PriceData.Yahoo)]
public sealed partial class ReportWriterTests(PriceData data)
{
    private readonly TempFolders _temporary = new();
    private static readonly string[] Formats = ["pdf", "svg", "png"];

    private string _root = string.Empty;
    private string _folder = string.Empty;

    private static IEnumerable<string> FigureNames => Figure.All.Select(f => f.Name);

    [OneTimeSetUp]
    public void RunWithReport()
    {
        string prices = TestRuns.Prices(data);
        _root = _temporary.New();
        _folder = TestRuns.Run(TestRuns.Burry, prices, _root, withReport: true);
    }

    [OneTimeTearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [Test]
    public void Write_Run_WritesTheReportAndEveryFigureInEveryFormat()
    {
        string[] expected = [ReportWriter.ReportFile, .. Figure.All.SelectMany(f => Formats.Select(x => $"{ReportWriter.FigureFolder}/{f.Name}.{x}"))];

        string[] report = [.. FolderSnapshot.Of(_folder).Keys.Where(p => p == ReportWriter.ReportFile || p.StartsWith(ReportWriter.FigureFolder + "/", StringComparison.Ordinal))];

        Assert.That(report, Is.EquivalentTo(expected));
    }

    [Test]
    public void Write_Run_ReportPdfHasFivePages()
    {
        FigureFiles.AssertPdf(Path.Combine(_folder, ReportWriter.ReportFile), TearSheet.Pages);
        Assert.That(TearSheet.Pages, Is.EqualTo(5));
    }

    [TestCaseSource(nameof(FigureNames))]
    public void Write_Run_FigurePdfIsOneVectorPage(string figure) =>
        FigureFiles.AssertVectorPdf(FigurePath(figure, "pdf"));

    [TestCaseSource(nameof(FigureNames))]
    public void Write_Run_FigureSvgIsSizedInInchesWithText(string figure) =>
        FigureFiles.AssertSvg(FigurePath(figure, "svg"));

    [TestCaseSource(nameof(FigureNames))]
    public void Write_Run_FigurePngIs1950By1050At300Dpi(string figure) =>
        FigureFiles.AssertPng(FigurePath(figure, "png"));

    private string FigurePath(string figure, string extension) =>
        Path.Combine(_folder, ReportWriter.FigureFolder, $"{figure}.{extension}");
}
