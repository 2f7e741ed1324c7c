using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text.RegularExpressions;
using Backtest.Core.Results;
using Backtest.Reporting.Style;
using ScottPlot;
using SkiaSharp;

namespace Backtest.Reporting.Output;

/// <summary>Writes a figure as vector PDF, SVG or a 300 dpi PNG, each the same size in inches.</summary>
/// <remarks>
/// A figure is laid out in logical units of 1/96 inch; each format renders it at its own scale (PDF points are
/// 1/72 inch, the PNG has 300 pixels an inch), so text and lines keep their size on paper in every format.
/// </remarks>
public static partial class FigureExporter
{
    /// <summary>PNG resolution.</summary>
    public const int PngDpi = 300;

    /// <summary>Writes <paramref name="plot"/> to <paramref name="basePath"/> plus .pdf, .svg and .png as <paramref name="formats"/> ask; returns the files.</summary>
    public static IReadOnlyList<string> Save(Plot plot, string basePath, FigureSize size, FigureFormats formats, DocumentInfo info)
    {
        var files = new List<string>(3);
        if (formats.HasFlag(FigureFormats.Pdf))
        {
            files.Add(SavePdf(plot, basePath + ".pdf", size, info));
        }

        if (formats.HasFlag(FigureFormats.Svg))
        {
            files.Add(SaveSvg(plot, basePath + ".svg", size));
        }

        if (formats.HasFlag(FigureFormats.Png))
        {
            files.Add(SavePng(plot, basePath + ".png", size));
        }

        return files;
    }

    /// <summary>Draws <paramref name="plot"/> into a rectangle of a PDF page, in points.</summary>
    public static void Draw(Plot plot, SKCanvas canvas, SKRect rectangle)
    {
        plot.ScaleFactor = 72 / ReportStyle.UnitsPerInch;
        Figures.Legends.Fit(plot, (float)(rectangle.Width / plot.ScaleFactor));

        // A PDF page starts empty, and a figure on a page must not wipe what is drawn beside it. Skia writes a clear as a
        // soft mask over a copy of the whole figure, which doubled every figure's content; the figure's own background
        // is drawn anyway.
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        canvas.Save();
        canvas.Translate(rectangle.Left, rectangle.Top);
        plot.Render(canvas, (int)rectangle.Width, (int)rectangle.Height);
        canvas.Restore();
    }

    /// <summary>Draws <paramref name="plot"/> as the one page of a PDF document, <paramref name="size"/> in points.</summary>
    internal static Action<SKDocument> PdfFigure(Plot plot, FigureSize size) => document =>
    {
        (int width, int height) = size.In(72);
        SKCanvas canvas = document.BeginPage(width, height);
        Draw(plot, canvas, new SKRect(0, 0, width, height));
        document.EndPage();
    };

    private static string SavePdf(Plot plot, string path, FigureSize size, DocumentInfo info)
    {
        PdfDocumentWriter.Write(path, info, PdfFigure(plot, size));
        return path;
    }

    private static string SaveSvg(Plot plot, string path, FigureSize size)
    {
        (int width, int height) = size.In(ReportStyle.UnitsPerInch);
        plot.ScaleFactor = 1;
        Figures.Legends.Fit(plot, width);
        string svg = plot.GetSvgXml(width, height);

        // Give the drawing its physical size, so it lands on a page at 6.5 x 3.5 inches, not at a screen's pixel size.
        string sized = $"width=\"{Inches(size.Width)}\" height=\"{Inches(size.Height)}\" viewBox=\"0 0 {width} {height}\"";
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        int widthAt = svg.IndexOf("width=\"", start, StringComparison.Ordinal);
        int heightEnd = svg.IndexOf('"', svg.IndexOf("height=\"", start, StringComparison.Ordinal) + 8);
        if (start >= 0 && widthAt > start && heightEnd > widthAt)
        {
            svg = svg[..widthAt] + sized + svg[(heightEnd + 1)..];
        }

        ResultFile.WriteText(path, StableIds(svg));
        return path;
    }

    private static string SavePng(Plot plot, string path, FigureSize size)
    {
        (int width, int height) = size.In(PngDpi);
        plot.ScaleFactor = PngDpi / ReportStyle.UnitsPerInch;
        Figures.Legends.Fit(plot, (float)(width / plot.ScaleFactor));
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        plot.Render(surface.Canvas, width, height);
        using SKImage image = surface.Snapshot();
        using SKPixmap pixels = image.PeekPixels();

        // Fast deflate with the Sub filter: five times quicker than the default for files about a third larger.
        using SKData data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 1)) ?? throw new InvalidOperationException($"could not encode {path}");
        ResultFile.Write(path, WithResolution(data.ToArray(), PngDpi));
        return path;
    }

    // Skia names each clip path after a process-wide counter (cl_1ea), so drawing the same figure again gave other
    // names and other bytes; number them in document order instead (cl_1, cl_2, ...), keeping references in step.
    internal static string StableIds(string svg)
    {
        var stable = new Dictionary<string, string>(StringComparer.Ordinal);
        return SkiaId().Replace(svg, m =>
        {
            if (!stable.TryGetValue(m.Value, out string? id))
            {
                id = $"{m.Groups["kind"].Value}_{stable.Count + 1}";
                stable.Add(m.Value, id);
            }

            return id;
        });
    }

    // An id Skia generated, where it is defined (id="cl_e4") or referred to (url(#cl_e4), href="#cl_e4").
    [GeneratedRegex("""(?<=id="|url\(#|href="#)(?<kind>[a-z]+)_[0-9a-f]+(?=[")])""")]
    private static partial Regex SkiaId();

    private static string Inches(double value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + "in";

    // Inserts a pHYs chunk (pixels per metre) after IHDR so that viewers and word processors place the PNG at 300 dpi.
    internal static byte[] WithResolution(byte[] png, int dpi)
    {
        const int headerEnd = 8 + 25; // signature, then IHDR: length, type, 13 bytes of data, CRC
        uint perMetre = (uint)Math.Round(dpi / 0.0254);
        var chunk = new byte[21];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, 9);
        "pHYs"u8.CopyTo(chunk.AsSpan(4));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8), perMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(12), perMetre);
        chunk[16] = 1; // unit: metre
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(17), Crc32.HashToUInt32(chunk.AsSpan(4, 13)));
        return [.. png.AsSpan(0, headerEnd), .. chunk, .. png.AsSpan(headerEnd)];
    }
}
