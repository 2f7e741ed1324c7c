using Backtest.Reporting.Style;
using ScottPlot;
using ScottPlot.AxisPanels;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Backtest.Reporting.Sweeps;

/// <summary>
/// The colour scale beside a heatmap: a bar of the cells' colours from the lowest value at the bottom to the highest at
/// the top, with ticks in the metric's unit and its name along the side.
/// </summary>
/// <remarks>
/// ScottPlot's colour bar draws its gradient as a bitmap, which would put an image in the PDF; this one draws thin vector
/// slices, so the figure stays vector in every format.
/// </remarks>
internal sealed class ColorScale : IPanel
{
    private const float Gap = 10;
    private const float BarWidth = 11;
    private const int Slices = 128;
    private readonly RightAxis _axis = new();

    /// <summary>A scale of <paramref name="colors"/>, labelled with <paramref name="metric"/>'s name and unit.</summary>
    public ColorScale(CellColors colors, SweepMetric metric)
    {
        Colors = colors;
        ReportStyle.StyleAxis(_axis);
        _axis.LabelText = metric.Label;
        _axis.LabelFontName = ReportStyle.FontFamily;
        _axis.LabelFontColor = ReportStyle.Ink;
        _axis.TickLabelStyle.FontName = ReportStyle.FontFamily;
        _axis.TickGenerator = new NumericAutomatic { LabelFormatter = metric.Tick };
        _axis.Min = colors.Low;
        _axis.Max = colors.High;
    }

    /// <summary>The colours it shows.</summary>
    public CellColors Colors { get; }

    /// <summary>The scale's name and unit, as written beside it.</summary>
    public string Label => _axis.LabelText;

    /// <inheritdoc/>
    public bool IsVisible { get; set; } = true;

    /// <inheritdoc/>
    public Edge Edge => Edge.Right;

    /// <inheritdoc/>
    public float MinimumSize { get; set; }

    /// <inheritdoc/>
    public float MaximumSize { get; set; } = float.MaxValue;

    /// <inheritdoc/>
    public bool ShowDebugInformation { get; set; }

    /// <inheritdoc/>
    public float Measure(Paint paint)
    {
        // Ticks for a typical height, to know how wide their labels are.
        _axis.RegenerateTicks(new PixelLength(200), paint);
        return Gap + BarWidth + _axis.Measure(paint);
    }

    /// <inheritdoc/>
    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) =>
        new(left: dataRect.Right + offset, right: dataRect.Right + offset + size, bottom: dataRect.Bottom, top: dataRect.Top);

    /// <inheritdoc/>
    public void Render(RenderPack rp, float size, float offset)
    {
        if (!IsVisible)
        {
            return;
        }

        PixelRect data = rp.DataRect;
        float left = data.Right + offset + Gap, right = left + BarWidth;
        float step = (data.Bottom - data.Top) / Slices;
        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = false };
        for (int k = 0; k < Slices; k++)
        {
            // Each slice overlaps the next a little, so no hairline of background shows between them.
            float bottom = data.Bottom - (k * step);
            fill.Color = Colors.Colormap.GetColor((k + 0.5) / Slices).ToSKColor();
            rp.Canvas.DrawRect(new SKRect(left, bottom - step - (k < Slices - 1 ? 0.3f : 0), right, bottom), fill);
        }

        using var frame = new SKPaint { Style = SKPaintStyle.Stroke, IsAntialias = true, StrokeWidth = 0.8f, Color = ReportStyle.Ink.ToSKColor() };
        rp.Canvas.DrawRect(new SKRect(left, data.Top, right, data.Bottom), frame);
        _axis.RegenerateTicks(new PixelLength(data.Height), rp.Paint);
        _axis.Render(rp, size - Gap - BarWidth, offset + Gap + BarWidth);
    }
}
