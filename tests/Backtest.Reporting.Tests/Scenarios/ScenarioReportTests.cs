using System.Diagnostics;
using Backtest.Reporting.Output;
using Backtest.Reporting.Scenarios;
using Backtest.Reporting.Tests.Support;
using Backtest.Testing;

namespace Backtest.Reporting.Tests.Scenarios;

/// <summary>A bootstrap's report, drawn from a one-target and a two-target folder: every file, the same bytes twice, the legend and the table.</summary>
public sealed class ScenarioReportTests
{
    private static readonly string[] Extensions = ["pdf", "svg", "png"];
    private readonly TempFolders _temporary = new();
    private readonly Dictionary<int, string> _folders = [];
    private readonly Dictionary<int, Dictionary<string, byte[]>> _first = [];

    [OneTimeSetUp]
    public void DrawEachFolder()
    {
        string root = _temporary.New();
        foreach (int targets in (int[])[1, 2])
        {
            string folder = Path.Combine(root, $"targets-{targets}");
            ScenarioFolders.Write(folder, targets);
            ScenarioReport.Write(folder, ReportOptions.Default);
            _folders[targets] = folder;
            _first[targets] = Written(folder).ToDictionary(f => f, File.ReadAllBytes);
        }
    }

    [OneTimeTearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [Test]
    public void Write_OneOrTwoTargets_WritesEveryFigureInEveryFormatAndTheOnePageReport([Values(1, 2)] int targets)
    {
        string folder = _folders[targets];
        foreach (string name in ScenarioReport.FigureNames)
        {
            string figure = Path.Combine(folder, ScenarioReport.FigureFolder, name);
            FigureFiles.AssertVectorPdf(figure + ".pdf");
            FigureFiles.AssertSvg(figure + ".svg");
            FigureFiles.AssertPng(figure + ".png");
        }

        FigureFiles.AssertPdf(Path.Combine(folder, ScenarioReport.ReportFile), pages: 1);
    }

    [Test]
    public void Write_Again_GivesTheSameBytes([Values(1, 2)] int targets)
    {
        string folder = _folders[targets];
        ScenarioReport.Write(folder, ReportOptions.Default);

        Dictionary<string, byte[]> second = Written(folder).ToDictionary(f => f, File.ReadAllBytes);

        Assert.That(second.Keys, Is.EquivalentTo(_first[targets].Keys));
        foreach ((string file, byte[] bytes) in second)
        {
            Assert.That(bytes, Is.EqualTo(_first[targets][file]), $"{file} drawn again");
        }
    }

    [Test]
    public void Write_TwoTargets_FanChartNamesBothTargetsAndItsKey()
    {
        string svg = File.ReadAllText(Path.Combine(_folders[2], ScenarioReport.FigureFolder, "fan.svg"));
        string[] texts = [.. SvgTexts.Of(svg).Select(t => t.Text)];
        string[] legend = [.. ScenarioFolders.Targets.Select(t => t.Label), .. FanFigure.Key, FanFigure.SampleKey(ScenarioFolders.Samples)];

        using (Assert.EnterMultipleScope())
        {
            foreach (string text in legend)
            {
                Assert.That(texts, Has.One.EqualTo(text), $"'{text}' in the legend");
            }

            Assert.That(svg, Does.Contain("Equity over 300 bootstrap paths"));
        }
    }

    [Test]
    public void Write_TwoTargets_EveryFigureKeepsItsTextInside([Values("fan", "final-returns", "max-drawdowns")] string figure)
    {
        string svg = File.ReadAllText(Path.Combine(_folders[2], ScenarioReport.FigureFolder, figure + ".svg"));
        (double width, double height) = SvgTexts.Size(svg);

        using (Assert.EnterMultipleScope())
        {
            foreach (SvgTexts.Drawn label in SvgTexts.Of(svg))
            {
                Assert.That(label.Left, Is.GreaterThanOrEqualTo(0), $"{label.Text}: left edge");
                Assert.That(label.Right, Is.LessThanOrEqualTo(width), $"{label.Text}: right edge");
                Assert.That(label.Top, Is.GreaterThanOrEqualTo(0), $"{label.Text}: top");
                Assert.That(label.Bottom, Is.LessThanOrEqualTo(height), $"{label.Text}: bottom");
            }
        }
    }

    [Test]
    public void Write_PutBookFarTallerThanTheShort_FinalReturnsSaysHowTallTheCutOffBarsAre()
    {
        string svg = File.ReadAllText(Path.Combine(_folders[2], ScenarioReport.FigureFolder, "final-returns.svg"));

        Assert.That(SvgTexts.Of(svg).Select(t => t.Text), Has.One.EndsWith("of paths ↑"));
    }

    [Test]
    public void Write_TwoTargets_FinalReturnsLegendGivesEachTargetsMedianPercentileAndCvar()
    {
        string svg = File.ReadAllText(Path.Combine(_folders[2], ScenarioReport.FigureFolder, "final-returns.svg"));
        string[] texts = [.. SvgTexts.Of(svg).Select(t => t.Text)];

        foreach (SavedScenarioTarget target in SavedScenarioReader.Read(_folders[2]).Targets)
        {
            var s = target.Statistics;
            Assert.That(texts, Has.One.EqualTo($"{target.Label}: median {MetricText.Percent(s.MedianReturn)}"));
            Assert.That(texts, Has.One.EqualTo($"5th percentile {MetricText.Percent(s.Return5)}, CVaR 5% {MetricText.Percent(s.ExpectedShortfall5)}"));
        }
    }

    [Test]
    public void Write_OneOrTwoTargets_ScenarioPdfTableHoldsEachTargetsNumbers([Values(1, 2)] int targets)
    {
        string text = PdfText(Path.Combine(_folders[targets], ScenarioReport.ReportFile));
        var scenario = SavedScenarioReader.Read(_folders[targets]);

        using (Assert.EnterMultipleScope())
        {
            foreach (SavedScenarioTarget target in scenario.Targets)
            {
                Assert.That(text, Does.Contain(target.Label));
                foreach (double value in (double[])[target.Statistics.RuinChance, target.Statistics.MedianReturn, target.Statistics.Return5, target.Statistics.ExpectedShortfall5, target.Statistics.MaxDrawdown5])
                {
                    Assert.That(text, Does.Contain(MetricText.Percent(value)), $"{target.Label}: {value}");
                }
            }

            Assert.That(text, Does.Contain("seed 7"));
        }
    }

    [Test]
    public void Write_SvgOnlyWithoutSubtitles_WritesNoOtherFormatAndNoSettingsUnderTheTitles()
    {
        string folder = Path.Combine(_temporary.New(), "svg-only");
        ScenarioFolders.Write(folder, 2);

        ScenarioReport.Write(folder, ReportOptions.Default with { Formats = FigureFormats.Svg, Subtitles = false });

        string[] figures = [.. Directory.GetFiles(Path.Combine(folder, ScenarioReport.FigureFolder)).Select(Path.GetFileName).Order()!];
        Assert.That(figures, Is.EqualTo(new[] { "fan.svg", "final-returns.svg", "max-drawdowns.svg" }));
        Assert.That(File.ReadAllText(Path.Combine(folder, ScenarioReport.FigureFolder, "fan.svg")), Does.Not.Contain("seed"));
        Assert.That(File.ReadAllText(Path.Combine(_folders[2], ScenarioReport.FigureFolder, "fan.svg")), Does.Contain("seed 7"));
    }

    private static IEnumerable<string> Written(string folder) =>
        [Path.Combine(folder, ScenarioReport.ReportFile), .. ScenarioReport.FigureNames.SelectMany(n => Extensions.Select(e => Path.Combine(folder, ScenarioReport.FigureFolder, $"{n}.{e}")))];

    private static string PdfText(string pdf)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true })!;
            string text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("pdftotext (poppler-utils) is not installed: the table's text cannot be read back.");
            throw;
        }
    }
}
