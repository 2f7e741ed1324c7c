using SkiaSharp;

namespace Backtest.Reporting.Output;

/// <summary>What a PDF says about itself; dated by the run, not by the clock, so re-rendering gives the same bytes.</summary>
/// <param name="Title">The document title.</param>
/// <param name="Created">When the run was made.</param>
public sealed record DocumentInfo(string Title, DateTime Created)
{
    /// <summary>The metadata SkiaSharp writes into the PDF.</summary>
    public SKDocumentPdfMetadata PdfMetadata() => new()
    {
        Title = Title,
        Creator = "backtest",
        Producer = "backtest (ScottPlot, SkiaSharp)",
        Creation = Created,
        Modified = Created,
    };
}
