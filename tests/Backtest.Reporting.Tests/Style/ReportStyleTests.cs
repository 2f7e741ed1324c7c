using Backtest.Reporting.Figures;
using Backtest.Reporting.Input;
using Backtest.Reporting.Output;
using Backtest.Reporting.Style;
using Backtest.Reporting.Tests.Support;
using Backtest.Testing;
using ScottPlot;

namespace Backtest.Reporting.Tests.Style;

/// <summary>
/// Figures must not depend on what the process drew before: ScottPlot keeps a process-wide default font that text
/// objects capture when they are made, so a figure built first in a process (or first of a parallel batch) once drew
/// its marker labels bold and the rest did not.
/// </summary>
public sealed class ReportStyleTests
{
    private readonly TempFolders _temporary = new();
    private string _root = string.Empty;
    private SavedRun _run = null!;

    private static IEnumerable<string> FigureNames => Figure.All.Select(f => f.Name);

    [OneTimeSetUp]
    public void RunWithoutReport()
    {
        _root = _temporary.New();
        _run = SavedRunReader.Read(TestRuns.Run(TestRuns.Burry, TestRuns.FixturePrices, _root, withReport: false));
    }

    [OneTimeTearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [TestCaseSource(nameof(FigureNames))]
    public void NewPlot_FirstFigureOfAFreshProcess_DrawsAsTheNextOne(string name)
    {
        Figure figure = Figure.All.Single(f => f.Name == name);
        Fonts.Reset(); // ScottPlot's process-wide font state as a new process has it

        string first = Svg(figure.Build(_run, ReportOptions.Default));
        string second = Svg(figure.Build(_run, ReportOptions.Default));

        Assert.That(first, Is.EqualTo(second));
    }

    [TestCaseSource(nameof(FigureNames))]
    public void Apply_TitleIsBold_FigurePdfDrawsItInABoldFont(string name)
    {
        Figure figure = Figure.All.Single(f => f.Name == name);
        string folder = _temporary.New();

        FigureExporter.Save(figure.Build(_run, ReportOptions.Default), Path.Combine(folder, name), FigureSize.Column, FigureFormats.Pdf, new DocumentInfo(name, TestRuns.Created.UtcDateTime));

        byte[] pdf = File.ReadAllBytes(Path.Combine(folder, name + ".pdf"));
        Assert.That(PdfFile.Contains(pdf, $"+{ReportStyle.FontFamily.Replace(" ", string.Empty, StringComparison.Ordinal)}-Bold"), Is.True, "a bold font for the title");
    }

    private static string Svg(Plot plot) => FigureExporter.StableIds(plot.GetSvgXml(624, 336));
}
