using ScottPlot;

namespace Backtest.Reporting.Figures;

/// <summary>ScottPlot's wrapping legend layout, held to a width the figure sets before each render.</summary>
/// <remarks>
/// A legend panel measures its height from a layout of unlimited width (one row), then draws into a panel that tall but
/// only as wide as the data area: the items that wrap to a second row fell outside it, so a comparison of runs with long
/// labels showed the first run's entry only. Measured and drawn at one known width, every row is counted and drawn.
/// </remarks>
internal sealed class FittedLegendLayout : ILegendLayout
{
    private readonly ScottPlot.LegendLayouts.Wrapping _wrapping = new();

    /// <summary>The widest the legend may be, in logical units; narrower than any data area the figure can have.</summary>
    public float Width { get; set; } = 480;

    /// <inheritdoc/>
    public LegendLayout GetLayout(Legend legend, LegendItem[] items, PixelSize maxSize, Paint paint) =>
        _wrapping.GetLayout(legend, items, new PixelSize(Math.Min(maxSize.Width, Width), maxSize.Height), paint);
}
