using System.Xml.Linq;

namespace Backtest.Reporting.Tests.Support;

/// <summary>The checks every written figure must pass, by format: each opens the file and looks at its bytes.</summary>
internal static class FigureFiles
{
    /// <summary>300 dpi in pixels per metre, as a PNG's pHYs chunk holds it.</summary>
    public const uint PixelsPerMetreAt300Dpi = 11811;

    /// <summary>A PDF with the signature and <paramref name="pages"/> pages.</summary>
    public static void AssertPdf(string path, int pages)
    {
        byte[] pdf = File.ReadAllBytes(path);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(PdfFile.HasSignature(pdf), Is.True, $"{path} starts with %PDF-");
            Assert.That(PdfFile.PageCount(pdf), Is.EqualTo(pages), $"{path}: pages (/Type /Page objects)");
        }
    }

    /// <summary>A one-page PDF whose text is text (a font, no image): vector, searchable, sharp at any zoom.</summary>
    public static void AssertVectorPdf(string path)
    {
        AssertPdf(path, pages: 1);
        byte[] pdf = File.ReadAllBytes(path);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(PdfFile.Contains(pdf, "/Font"), Is.True, $"{path} has a font, so its text is text");
            Assert.That(PdfFile.Contains(pdf, "/Subtype /Image"), Is.False, $"{path} has no image: nothing was rasterised");
        }
    }

    /// <summary>An SVG that parses as XML, whose root is <c>svg</c> sized in inches, and whose text is <c>&lt;text&gt;</c>.</summary>
    public static void AssertSvg(string path, string width = "6.5in", string height = "3.5in")
    {
        string text = File.ReadAllText(path);
        XElement root = XDocument.Parse(text).Root!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(root.Name.LocalName, Is.EqualTo("svg"), $"{path}: root element");
            Assert.That((string?)root.Attribute("width"), Is.EqualTo(width), $"{path}: width");
            Assert.That((string?)root.Attribute("height"), Is.EqualTo(height), $"{path}: height");
            Assert.That(text, Does.Contain("<text"), $"{path} keeps its text as <text> elements");
        }
    }

    /// <summary>
    /// A PNG of <paramref name="width"/> x <paramref name="height"/> pixels at 300 dpi: IHDR first, one pHYs before the image
    /// data saying 11811 pixels a metre both ways, IEND last, and every chunk's CRC right.
    /// </summary>
    public static void AssertPng(string path, uint width = 1950, uint height = 1050)
    {
        byte[] png = File.ReadAllBytes(path);
        Assert.That(PngFile.HasSignature(png), Is.True, $"{path} starts with the PNG signature");
        IReadOnlyList<PngChunk> chunks = PngFile.Chunks(png);
        string[] types = [.. chunks.Select(c => c.Type)];
        PngChunk header = chunks[0];
        PngChunk[] resolution = [.. chunks.Where(c => c.Type == "pHYs")];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(header.Type, Is.EqualTo("IHDR"), $"{path}: first chunk");
            Assert.That(header.UInt32At(0), Is.EqualTo(width), $"{path}: IHDR width");
            Assert.That(header.UInt32At(4), Is.EqualTo(height), $"{path}: IHDR height");
            Assert.That(types[^1], Is.EqualTo("IEND"), $"{path}: last chunk");
            Assert.That(resolution, Has.Length.EqualTo(1), $"{path}: pHYs chunks (the specification allows one)");
            Assert.That(chunks.Where(c => !c.CrcIsValid).Select(c => c.Type), Is.Empty, $"{path}: chunks whose CRC is wrong");
        }

        PngChunk phys = resolution[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Array.IndexOf(types, "pHYs"), Is.LessThan(Array.IndexOf(types, "IDAT")), $"{path}: pHYs comes before the image data");
            Assert.That(phys.Data, Has.Length.EqualTo(9), $"{path}: pHYs data length");
            Assert.That(phys.UInt32At(0), Is.EqualTo(PixelsPerMetreAt300Dpi), $"{path}: pHYs pixels per metre across");
            Assert.That(phys.UInt32At(4), Is.EqualTo(PixelsPerMetreAt300Dpi), $"{path}: pHYs pixels per metre down");
            Assert.That(phys.Data[8], Is.EqualTo(1), $"{path}: pHYs unit (1 = metre)");
        }
    }
}
