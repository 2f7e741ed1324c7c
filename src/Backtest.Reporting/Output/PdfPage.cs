using Backtest.Reporting.Style;
using SkiaSharp;

namespace Backtest.Reporting.Output;

/// <summary>A US Letter page of a PDF, written top to bottom: text, tables and figures, in points, text kept as text.</summary>
internal sealed class PdfPage
{
    /// <summary>Letter width in points.</summary>
    public const float Width = 612;

    /// <summary>Letter height in points.</summary>
    public const float Height = 792;

    /// <summary>One-inch margins, so the text column is 6.5 inches wide, as the figures are.</summary>
    public const float Margin = 72;

    private static readonly SKColor InkColor = SKColor.Parse("#222222");
    private static readonly SKColor MutedColor = SKColor.Parse("#555555");
    private static readonly SKColor RuleColor = SKColor.Parse("#BBBBBB");

    private readonly SKCanvas _canvas;

    public PdfPage(SKCanvas canvas)
    {
        _canvas = canvas;
        Y = Margin;
    }

    /// <summary>The top of the space left, in points from the page's top.</summary>
    public float Y { get; set; }

    /// <summary>The text column's width.</summary>
    public static float ContentWidth => Width - (2 * Margin);

    /// <summary>Writes a line of text at the cursor and moves down.</summary>
    public void Line(string text, float size, bool bold = false, bool muted = false)
    {
        Y += size;
        Text(text, Margin, Y, size, bold, muted);
        Y += size * 0.45f;
    }

    /// <summary>Writes lines wrapped to the column width.</summary>
    public void Paragraph(string text, float size, bool muted = false)
    {
        using SKFont font = Font(size, false);
        var line = new System.Text.StringBuilder();
        foreach (string word in text.Split(' '))
        {
            string candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > ContentWidth)
            {
                Line(line.ToString(), size, muted: muted);
                line.Clear().Append(word);
            }
            else
            {
                line.Clear().Append(candidate);
            }
        }

        if (line.Length > 0)
        {
            Line(line.ToString(), size, muted: muted);
        }
    }

    /// <summary>
    /// Draws a table whose columns are as wide as their widest text (header included), at the left margin. A table too wide
    /// for the column first breaks its longest headers onto two lines, then narrows the gaps between columns, then its first
    /// (label) column.
    /// </summary>
    /// <returns>The table's bottom.</returns>
    public float Table(string[] header, IReadOnlyList<string[]> rows, float size = 8.5f)
    {
        var widths = new float[header.Length];
        var cells = new float[header.Length];
        header = [.. header];
        using SKFont bold = Font(size, true), regular = Font(size, false);
        float HeaderWidth(string text) => text.Split('\n').Max(line => bold.MeasureText(line));
        for (int k = 0; k < header.Length; k++)
        {
            foreach (string[] row in rows)
            {
                cells[k] = Math.Max(cells[k], k < row.Length ? regular.MeasureText(row[k]) : 0);
            }

            widths[k] = Math.Max(HeaderWidth(header[k]), cells[k]) + (size * 1.5f);
        }

        while (widths.Sum() > ContentWidth)
        {
            // The header whose two-line form gives back the most width, if any does.
            int best = -1;
            float bestWidth = 0, bestGain = 0;
            string bestText = string.Empty;
            for (int k = 0; k < header.Length; k++)
            {
                if (header[k].Contains('\n'))
                {
                    continue;
                }

                foreach ((int at, _) in header[k].Select((c, i) => (i, c)).Where(x => x.c == ' '))
                {
                    string broken = header[k][..at] + "\n" + header[k][(at + 1)..];
                    float width = Math.Max(HeaderWidth(broken), cells[k]) + (size * 1.5f);
                    if (widths[k] - width > bestGain)
                    {
                        (best, bestWidth, bestGain, bestText) = (k, width, widths[k] - width, broken);
                    }
                }
            }

            if (best < 0)
            {
                break;
            }

            header[best] = bestText;
            widths[best] = bestWidth;
        }

        // Then the gaps between columns narrow, down to about a space and a half.
        float excess = widths.Sum() - ContentWidth;
        if (excess > 0)
        {
            float cut = Math.Min(excess / widths.Length, size * 0.7f);
            for (int k = 0; k < widths.Length; k++)
            {
                widths[k] -= cut;
            }

            excess = widths.Sum() - ContentWidth;
        }

        // Still too wide for the column: the first (label) column gives way.
        if (excess > 0)
        {
            widths[0] = Math.Max(widths[0] - excess, size * 4);
        }

        return Table(Margin, widths, header, rows, size);
    }

    /// <summary>
    /// Draws a table at (<paramref name="left"/>, <see cref="Y"/>): a header row (a header may break onto a second line at
    /// '\n'), then rows; the first column left-aligned and wrapped to its width, the rest right-aligned.
    /// </summary>
    /// <returns>The table's bottom.</returns>
    public float Table(float left, float[] widths, string[] header, IEnumerable<string[]> rows, float size = 8.5f)
    {
        float y = Y, rowHeight = size * 1.45f;
        string[][] headerLines = [.. header.Select(h => h.Split('\n'))];
        int lines = headerLines.Max(h => h.Length);
        for (int line = 0; line < lines; line++)
        {
            y += rowHeight;

            // A one-line header sits on the last line, beside the second line of the others, just above the rule.
            Row(left, y, widths, [.. headerLines.Select(h => line - (lines - h.Length) is int at && at >= 0 ? h[at] : string.Empty)], size, bold: true);
        }

        Rule(left, y + (size * 0.45f), widths.Sum());
        using SKFont regular = Font(size, false);
        foreach (string[] row in rows)
        {
            // A label wider than its column (a run named by five settings) goes on as many lines as it needs, the numbers
            // beside its first: drawn in one line, it ran over the next columns' numbers.
            IReadOnlyList<string> label = row.Length > 0 ? CellLines.Wrap(row[0], widths[0] - (size * 0.8f), regular) : [];
            y += rowHeight;
            Row(left, y, widths, [.. label.Take(1), .. row.Skip(1)], size, bold: false);
            foreach (string line in label.Skip(1))
            {
                y += rowHeight;
                Text(line, left, y, size, bold: false, muted: false);
            }
        }

        return y + (size * 0.6f);
    }

    /// <summary>Draws a figure into the column at the cursor, <paramref name="height"/> points tall, and moves below it.</summary>
    public void Figure(ScottPlot.Plot plot, float height)
    {
        FigureExporter.Draw(plot, _canvas, new SKRect(Margin, Y, Margin + ContentWidth, Y + height));
        Y += height + 6;
    }

    /// <summary>
    /// Draws <paramref name="plots"/> side by side across the column at the cursor, <paramref name="height"/> points tall,
    /// <paramref name="gap"/> points apart, and moves below them.
    /// </summary>
    public void Figures(IReadOnlyList<ScottPlot.Plot> plots, float height, float gap = 12)
    {
        float width = (ContentWidth - (gap * (plots.Count - 1))) / plots.Count;
        for (int k = 0; k < plots.Count; k++)
        {
            float left = Margin + (k * (width + gap));
            FigureExporter.Draw(plots[k], _canvas, new SKRect(left, Y, left + width, Y + height));
        }

        Y += height + 6;
    }

    /// <summary>Writes the footer line at the page's bottom.</summary>
    public void Footer(string text)
    {
        Text(text, Margin, Height - (Margin / 2), 7, bold: false, muted: true);
    }

    private void Row(float left, float y, float[] widths, string[] cells, float size, bool bold)
    {
        float x = left;
        for (int k = 0; k < cells.Length && k < widths.Length; k++)
        {
            if (k == 0)
            {
                Text(cells[k], x, y, size, bold, muted: false);
            }
            else
            {
                using SKFont font = Font(size, bold);
                Text(cells[k], x + widths[k] - font.MeasureText(cells[k]), y, size, bold, muted: false);
            }

            x += widths[k];
        }
    }

    private void Rule(float left, float y, float width)
    {
        using var paint = new SKPaint { Color = RuleColor, StrokeWidth = 0.5f, IsAntialias = true };
        _canvas.DrawLine(left, y, left + width, y, paint);
    }

    private void Text(string text, float x, float y, float size, bool bold, bool muted)
    {
        using SKFont font = Font(size, bold);
        using var paint = new SKPaint { Color = muted ? MutedColor : InkColor, IsAntialias = true };
        _canvas.DrawText(text, x, y, SKTextAlign.Left, font, paint);
    }

    private static SKFont Font(float size, bool bold) => new(ReportStyle.Typeface(bold), size);
}
