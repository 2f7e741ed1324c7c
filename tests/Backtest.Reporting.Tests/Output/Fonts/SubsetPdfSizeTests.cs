using Backtest.Reporting.Tests.Support;
using Backtest.Testing;

namespace Backtest.Reporting.Tests.Output.Fonts;

/// <summary>
/// The main run's report, written as <c>run</c> writes it: each figure PDF stays under the size issue 11 aims at
/// (Skia alone wrote about 390 KB, nearly all of it the whole DejaVu Sans), because its fonts keep only the glyphs it draws.
/// </summary>
public sealed class SubsetPdfSizeTests
{
    // Issue 11: "figure PDFs that embed only the glyphs they use (aim under 60 KB each)".
    private const int FigureAim = 60_000;

    // Five pages of tables and figures in two fonts; Skia alone wrote about 815 KB.
    private const int TearSheetAim = 200_000;

    // A figure draws digits, a title and a few labels; the whole font has some 6,000 glyphs.
    private const int MostGlyphs = 150;

    private readonly TempFolders _temporary = new();
    private string _folder = string.Empty;

    [OneTimeSetUp]
    public void RunWithReport() =>
        _folder = TestRuns.Run(TestRuns.Burry, TestRuns.Prices(PriceData.Yahoo), _temporary.New(), withReport: true);

    [OneTimeTearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [TestCase("equity")]
    [TestCase("drawdown")]
    [TestCase("monthly-returns")]
    [TestCase("exposure")]
    [TestCase("costs")]
    public void FigurePdf_MainRun_UnderTheAimWithFewGlyphsInEachFont(string figure)
    {
        byte[] pdf = File.ReadAllBytes(Path.Combine(_folder, ReportWriter.FigureFolder, figure + ".pdf"));
        int[] glyphs = [.. EmbeddedFonts.Programs(pdf).Select(EmbeddedFonts.GlyphsWithOutlines)];
        TestContext.Out.WriteLine($"{figure}.pdf: {pdf.Length:N0} bytes; glyphs with outlines per font: {string.Join(", ", glyphs)}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pdf, Has.Length.LessThan(FigureAim), "bytes");
            Assert.That(glyphs, Is.Not.Empty, "embedded TrueType fonts");
            Assert.That(glyphs, Has.All.LessThan(MostGlyphs), "glyphs kept in each font");
        }
    }

    [Test]
    public void TearSheet_MainRun_UnderTheAimWithFewGlyphsInEachFont()
    {
        byte[] pdf = File.ReadAllBytes(Path.Combine(_folder, ReportWriter.ReportFile));
        int[] glyphs = [.. EmbeddedFonts.Programs(pdf).Select(EmbeddedFonts.GlyphsWithOutlines)];
        TestContext.Out.WriteLine($"{ReportWriter.ReportFile}: {pdf.Length:N0} bytes; glyphs with outlines per font: {string.Join(", ", glyphs)}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pdf, Has.Length.LessThan(TearSheetAim), "bytes");
            Assert.That(glyphs, Has.Length.EqualTo(2), "regular and bold");
            Assert.That(glyphs, Has.All.LessThan(MostGlyphs), "glyphs kept in each font");
        }
    }
}
