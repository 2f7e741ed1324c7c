using System.Text;
using Backtest.Reporting.Output;
using Backtest.Reporting.Tests.Support;
using SkiaSharp;

namespace Backtest.Reporting.Tests.Output;

public sealed class FigureExporterTests
{
    [TestCase(300, 11811u)]
    [TestCase(96, 3780u)]
    [TestCase(72, 2835u)]
    public void WithResolution_Png_InsertsPhysAfterIhdrWithAValidCrc(int dpi, uint perMetre)
    {
        byte[] png = SmallPng();
        IReadOnlyList<PngChunk> before = PngFile.Chunks(png);

        byte[] result = FigureExporter.WithResolution(png, dpi);

        IReadOnlyList<PngChunk> after = PngFile.Chunks(result);
        PngChunk phys = after[1];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(after.Select(c => c.Type), Is.EqualTo(before.Select(c => c.Type).Take(1).Append("pHYs").Concat(before.Skip(1).Select(c => c.Type))), "chunk order");
            Assert.That(phys.CrcIsValid, Is.True, "pHYs CRC");
            Assert.That(phys.Data, Has.Length.EqualTo(9));
            Assert.That(phys.UInt32At(0), Is.EqualTo(perMetre), "pixels per metre across");
            Assert.That(phys.UInt32At(4), Is.EqualTo(perMetre), "pixels per metre down");
            Assert.That(phys.Data[8], Is.EqualTo(1), "unit: metre");
            Assert.That(after.Where(c => c.Type != "pHYs").Select(c => c.Data), Is.EqualTo(before.Select(c => c.Data)), "other chunks untouched");
            Assert.That(after.All(c => c.CrcIsValid), Is.True, "every CRC");
            Assert.That(result, Has.Length.EqualTo(png.Length + 21), "one 9-byte chunk plus length, type and CRC");
        }
    }

    [Test]
    public void WithResolution_Png_StillDecodesToTheSameImage()
    {
        byte[] png = SmallPng();

        using SKBitmap original = SKBitmap.Decode(png);
        using SKBitmap marked = SKBitmap.Decode(FigureExporter.WithResolution(png, 300));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((marked.Width, marked.Height), Is.EqualTo((original.Width, original.Height)));
            Assert.That(marked.Bytes, Is.EqualTo(original.Bytes));
        }
    }

    [Test]
    public void StableIds_SkiaCounters_NumberedInDocumentOrderWithReferencesKept()
    {
        const string svg = """
            <clipPath id="cl_1ea"><rect/></clipPath><g clip-path="url(#cl_1ea)"><text>cl_1ea</text></g>
            <clipPath id="cl_e4"><rect/></clipPath><g clip-path="url(#cl_e4)"/><use xlink:href="#cl_e4"/>
            """;

        string stable = FigureExporter.StableIds(svg);

        Assert.That(stable, Is.EqualTo("""
            <clipPath id="cl_1"><rect/></clipPath><g clip-path="url(#cl_1)"><text>cl_1ea</text></g>
            <clipPath id="cl_2"><rect/></clipPath><g clip-path="url(#cl_2)"/><use xlink:href="#cl_2"/>
            """));
    }

    // A 3 x 2 PNG as Skia encodes it, with more than one chunk after IHDR.
    private static byte[] SmallPng()
    {
        using var bitmap = new SKBitmap(3, 2);
        bitmap.Erase(SKColors.SteelBlue);
        bitmap.SetPixel(1, 1, SKColors.Orange);
        using SKData data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        byte[] png = data.ToArray();
        Assert.That(Encoding.ASCII.GetString(png, 12, 4), Is.EqualTo("IHDR"), "a PNG starts with IHDR");
        return png;
    }
}
