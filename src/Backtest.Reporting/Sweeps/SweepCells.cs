using Backtest.Reporting.Style;
using ScottPlot;
using SkiaSharp;

namespace Backtest.Reporting.Sweeps;

/// <summary>
/// The cells of a sweep's heatmap, drawn as vector rectangles (not a bitmap, so they stay sharp in PDF and SVG): each
/// coloured by its value, a cell without one hatched in grey, the best outlined.
/// </summary>
/// <remarks>
/// One plottable for all the cells rather than a rectangle each: a 50 x 50 sweep is 2,500 cells, and the hatching of a
/// blank cell needs a clip that a rectangle plottable has not (ScottPlot's own hatches are bitmaps in a PDF).
/// </remarks>
internal sealed class SweepCells(SweepHeatmap heatmap, CellColors colors) : IPlottable
{
    private static readonly Color BlankFill = Color.FromHex("#F3F3F3");
    private static readonly Color HatchLine = Color.FromHex("#B8B8B8");

    /// <summary>What the cells show.</summary>
    public SweepHeatmap Heatmap { get; } = heatmap;

    /// <summary>How values become colours.</summary>
    public CellColors Colors { get; } = colors;

    /// <inheritdoc/>
    public bool IsVisible { get; set; } = true;

    /// <inheritdoc/>
    public IAxes Axes { get; set; } = new Axes();

    /// <inheritdoc/>
    public IEnumerable<LegendItem> LegendItems => [];

    /// <inheritdoc/>
    public AxisLimits GetAxisLimits() => new(-0.5, Heatmap.X.Count - 0.5, -0.5, Heatmap.Y.Count - 0.5);

    /// <inheritdoc/>
    public void Render(RenderPack rp)
    {
        SKCanvas canvas = rp.Canvas;
        int columns = Heatmap.X.Count, rows = Heatmap.Y.Count;
        PixelRect first = Cell(0, 0);
        float width = Math.Abs(first.Width), height = Math.Abs(first.Height);

        // A white gap between cells only where cells are big enough to spare it: on a 50 x 50 grid it would eat the colour.
        float gap = Math.Min(width, height) >= 14 ? 1f : 0f;
        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = false };
        using var hatch = new SKPaint { Style = SKPaintStyle.Stroke, IsAntialias = true, StrokeWidth = 0.6f, Color = HatchLine.ToSKColor() };
        for (int i = 0; i < columns; i++)
        {
            for (int j = 0; j < rows; j++)
            {
                double value = Heatmap.Values[i, j];
                SKRect cell = Inset(Cell(i, j).ToSKRect(), gap / 2);
                fill.Color = (double.IsFinite(value) ? Colors.Of(value) : BlankFill).ToSKColor();
                canvas.DrawRect(cell, fill);
                if (!double.IsFinite(value))
                {
                    Hatch(canvas, cell, hatch);
                }
            }
        }

        if (Heatmap.Best is { } best)
        {
            // Ink just outside the cell, white just inside, so the outline shows on the darkest and the lightest cell alike;
            // kept inside the data area, where an edge cell's outline would otherwise be cut off.
            float thick = Math.Clamp(Math.Min(width, height) * 0.14f, 1.2f, 2.4f);
            SKRect cell = Cell(best.X, best.Y).ToSKRect().Standardized;
            SKRect area = Inset(rp.DataRect.ToSKRect(), thick / 2);
            SKRect outer = Inset(cell, -thick / 2);
            outer = new SKRect(Math.Max(outer.Left, area.Left), Math.Max(outer.Top, area.Top), Math.Min(outer.Right, area.Right), Math.Min(outer.Bottom, area.Bottom));
            using var ink = new SKPaint { Style = SKPaintStyle.Stroke, IsAntialias = true, StrokeWidth = thick, Color = ReportStyle.Ink.ToSKColor() };
            using var white = new SKPaint { Style = SKPaintStyle.Stroke, IsAntialias = true, StrokeWidth = thick / 2, Color = SKColors.White };
            canvas.DrawRect(outer, ink);
            canvas.DrawRect(Inset(outer, thick * 0.75f), white);
        }
    }

    private PixelRect Cell(int column, int row) =>
        Axes.GetPixelRect(new CoordinateRect(column - 0.5, column + 0.5, row - 0.5, row + 0.5));

    private static SKRect Inset(SKRect rect, float by)
    {
        SKRect r = rect.Standardized;
        return new SKRect(r.Left + by, r.Top + by, r.Right - by, r.Bottom - by);
    }

    // Diagonal lines 4 units apart, clipped to the cell: vector, unlike a hatch shader.
    private static void Hatch(SKCanvas canvas, SKRect cell, SKPaint paint)
    {
        const float spacing = 4;
        canvas.Save();
        canvas.ClipRect(cell);
        for (float start = cell.Left - cell.Height; start < cell.Right; start += spacing)
        {
            canvas.DrawLine(start, cell.Bottom, start + cell.Height, cell.Top, paint);
        }

        canvas.Restore();
    }
}
