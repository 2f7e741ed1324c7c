using SkiaSharp;

namespace Backtest.Reporting.Output;

/// <summary>Breaks a table cell's text into lines no wider than its column, measured with the font it is drawn in.</summary>
internal static class CellLines
{
    /// <summary>
    /// The lines of <paramref name="text"/> at most <paramref name="width"/> wide: broken after a comma or at a space where it
    /// can be, inside a word only when the word alone is wider than the column (a long folder or setting name).
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, float width, SKFont font)
    {
        if (font.MeasureText(text) <= width)
        {
            return [text];
        }

        var lines = new List<string>();
        string line = string.Empty;
        foreach (string word in text.Split(' '))
        {
            string joined = line.Length == 0 ? word : line + " " + word;
            if (font.MeasureText(joined) <= width)
            {
                line = joined;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (line.Length > 1 && font.MeasureText(line) > width)
            {
                int fits = Math.Max(1, (int)font.BreakText(line, width));
                lines.Add(line[..fits]);
                line = line[fits..];
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }
}
