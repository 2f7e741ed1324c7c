using Backtest.Reporting.Output;
using Backtest.Reporting.Style;

namespace Backtest.Reporting;

/// <summary>How a report is drawn: which formats, what size, and whether equity uses a log scale.</summary>
/// <param name="Formats">The files each figure is written as.</param>
/// <param name="Size">Each figure's size in inches.</param>
/// <param name="LogScale">Whether the equity figure uses a logarithmic axis.</param>
public sealed record ReportOptions(FigureFormats Formats, FigureSize Size, bool LogScale)
{
    /// <summary>Whether figures carry the run and its parameters under their title (the tear sheet prints them once, above).</summary>
    public bool Subtitles { get; init; } = true;

    /// <summary>PDF, SVG and PNG at a page column's size, linear equity.</summary>
    public static ReportOptions Default => new(FigureFormats.All, FigureSize.Column, false);
}
