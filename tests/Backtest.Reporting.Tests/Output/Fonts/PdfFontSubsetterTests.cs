using Backtest.Reporting.Figures;
using Backtest.Reporting.Input;
using Backtest.Reporting.Output;
using Backtest.Reporting.Output.Fonts;
using Backtest.Reporting.Style;
using Backtest.Reporting.Tests.Support;
using Backtest.Testing;
using SkiaSharp;

namespace Backtest.Reporting.Tests.Output.Fonts;

/// <summary>
/// A PDF whose fonts are cut down to the glyphs it uses must look and read exactly as the one Skia wrote: every page
/// pixel for pixel, every character of its text. And what the subsetter does not understand it must leave alone.
/// </summary>
public sealed class PdfFontSubsetterTests
{
    private const string NonAscii = "Δ equity −12.5% … café, naïve, 5 €, ±1σ";

    private static readonly DocumentInfo Info = new("subset test", new DateTime(2026, 1, 15, 18, 30, 0, DateTimeKind.Utc));

    private readonly TempFolders _temporary = new();
    private SavedRun _run = null!;

    private static IEnumerable<string> Documents => ["equity", "drawdown", "monthly-returns", "costs", "tear sheet", "non-ASCII page"];

    [OneTimeSetUp]
    public void RunWithoutReport() =>
        _run = SavedRunReader.Read(TestRuns.Run(TestRuns.Burry, TestRuns.FixturePrices, _temporary.New(), withReport: false));

    [OneTimeTearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [TestCaseSource(nameof(Documents))]
    public void Subset_ReportDocument_RendersPixelIdenticalWithTheSameText(string name)
    {
        byte[] whole = Unsubset(name);

        byte[] subset = PdfFontSubsetter.Subset(whole);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(subset, Has.Length.LessThan(whole.Length / 4), "the fonts are most of Skia's file");
            Assert.That(Poppler.PagePixels(subset), Is.EqualTo(Poppler.PagePixels(whole)), "every page, pixel for pixel");
            Assert.That(Poppler.Text(subset), Is.EqualTo(Poppler.Text(whole)), "the text a viewer extracts");
        }
    }

    [Test]
    public void Subset_NonAsciiPage_KeepsTheCharactersText()
    {
        string text = Poppler.Text(PdfFontSubsetter.Subset(Unsubset("non-ASCII page")));

        Assert.That(text, Does.Contain(NonAscii));
    }

    [TestCaseSource(nameof(Documents))]
    public void Subset_SameDocumentTwice_SameBytes(string name)
    {
        byte[] whole = Unsubset(name);

        Assert.That(PdfFontSubsetter.Subset(whole), Is.EqualTo(PdfFontSubsetter.Subset([.. whole])));
    }

    [Test]
    public void Subset_FontProgramOfGarbage_LeavesTheDocumentUnchanged()
    {
        byte[] whole = Unsubset("non-ASCII page");
        PdfObjectTable table = PdfObjectTable.Read(whole)!;
        var garbage = new Dictionary<int, byte[]>();
        foreach (int number in FontPrograms(whole, table))
        {
            byte[] noise = [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 37 % 251))];
            garbage[number] = PdfStreamObject.Read(number, table.Object(number))!.WithContent(noise, noise.Length);
        }

        byte[] broken = table.With(garbage);

        Assert.That(garbage, Is.Not.Empty, "the page embeds fonts");
        Assert.That(PdfFontSubsetter.Subset(broken), Is.SameAs(broken));
    }

    [Test]
    public void Subset_OneFontProgramCorrupt_LeavesThatFontAsItWasAndSubsetsTheOther()
    {
        byte[] whole = Unsubset("non-ASCII page");
        int[] programs = FontPrograms(whole, PdfObjectTable.Read(whole)!);
        byte[] corrupt = [.. whole];
        int start = IndexOf(corrupt, System.Text.Encoding.ASCII.GetBytes($"\n{programs[0]} 0 obj"), 0);
        corrupt.AsSpan(IndexOf(corrupt, "stream\n"u8, start) + 7, 64).Fill((byte)'A'); // no longer Flate data
        PdfObjectTable before = PdfObjectTable.Read(corrupt)!;

        PdfObjectTable after = PdfObjectTable.Read(PdfFontSubsetter.Subset(corrupt))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(programs, Has.Length.EqualTo(2), "regular and bold");
            Assert.That(after.Object(programs[0]).SequenceEqual(before.Object(programs[0])), Is.True, "the corrupt program, byte for byte");
            Assert.That(after.Object(programs[1]).Length, Is.LessThan(before.Object(programs[1]).Length / 4), "the other one subset");
        }
    }

    [Test]
    public void Subset_NoFonts_LeavesTheDocumentUnchanged()
    {
        byte[] shapes = PdfDocumentWriter.Draw(Info, document =>
        {
            SKCanvas canvas = document.BeginPage(200, 100);
            using var paint = new SKPaint { Color = SKColors.SteelBlue };
            canvas.DrawRect(20, 20, 160, 60, paint);
            document.EndPage();
        });

        Assert.That(PdfFontSubsetter.Subset(shapes), Is.SameAs(shapes));
    }

    [TestCase("")]
    [TestCase("not a PDF at all")]
    [TestCase("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")]
    public void Subset_NotAPdfSkiaWrites_LeavesTheBytesUnchanged(string text)
    {
        byte[] bytes = System.Text.Encoding.Latin1.GetBytes(text);

        Assert.That(PdfFontSubsetter.Subset(bytes), Is.SameAs(bytes));
    }

    private static int[] FontPrograms(byte[] pdf, PdfObjectTable table) =>
        [.. table.Numbers.Where(n => PdfFile.Contains(pdf, $"/FontFile2 {n} 0 R"))];

    private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> token, int from) => from + bytes.AsSpan(from).IndexOf(token);

    /// <summary>The document as Skia writes it, before any subsetting.</summary>
    private byte[] Unsubset(string name) => name switch
    {
        "tear sheet" => PdfDocumentWriter.Draw(Info, d => TearSheet.Draw(d, _run, ReportOptions.Default with { Subtitles = false })),
        "non-ASCII page" => PdfDocumentWriter.Draw(Info, NonAsciiPage),
        _ => PdfDocumentWriter.Draw(Info, FigureExporter.PdfFigure(Figure.All.Single(f => f.Name == name).Build(_run, ReportOptions.Default), FigureSize.Column)),
    };

    private static void NonAsciiPage(SKDocument document)
    {
        SKCanvas canvas = document.BeginPage(400, 120);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var regular = new SKFont(ReportStyle.Typeface(), 12);
        using var bold = new SKFont(ReportStyle.Typeface(bold: true), 14);
        canvas.DrawText("Bold heading: Δ drawdown", 20, 30, bold, paint);
        canvas.DrawText(NonAscii, 20, 60, regular, paint);
        document.EndPage();
    }
}
