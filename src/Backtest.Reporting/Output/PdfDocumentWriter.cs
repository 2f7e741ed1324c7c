using Backtest.Core.Results;
using Backtest.Reporting.Output.Fonts;
using SkiaSharp;

namespace Backtest.Reporting.Output;

/// <summary>Draws a PDF in memory and then writes it to its file, so that a failing disk is an ordinary exception.</summary>
/// <remarks>
/// Skia writes a document through a callback from native code. An exception thrown there (the disk is full) cannot
/// unwind through the native frames: the process aborted (exit 134) and left a truncated file. Drawn into memory, the
/// document never meets the disk; the file is written afterwards by managed code, whose failure is caught and reported.
/// In between, the fonts Skia embedded whole are cut down to the glyphs the document uses (<see cref="PdfFontSubsetter"/>).
/// </remarks>
internal static class PdfDocumentWriter
{
    /// <summary>Draws the pages <paramref name="draw"/> adds to a new document and writes it to <paramref name="path"/>.</summary>
    public static void Write(string path, DocumentInfo info, Action<SKDocument> draw) =>
        ResultFile.Write(path, PdfFontSubsetter.Subset(Draw(info, draw)));

    /// <summary>The document as Skia writes it, its fonts embedded whole.</summary>
    public static byte[] Draw(DocumentInfo info, Action<SKDocument> draw)
    {
        using var memory = new MemoryStream();
        using (SKDocument document = SKDocument.CreatePdf(memory, info.PdfMetadata())!)
        {
            draw(document);
            document.Close();
        }

        return memory.ToArray();
    }
}
