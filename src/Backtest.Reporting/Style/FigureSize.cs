namespace Backtest.Reporting.Style;

/// <summary>A figure's size in inches, and what that is in each format's units.</summary>
/// <param name="Width">Width in inches.</param>
/// <param name="Height">Height in inches.</param>
public readonly record struct FigureSize(double Width, double Height)
{
    /// <summary>A page column: 6.5 x 3.5 inches (a letter page with one-inch margins).</summary>
    public static FigureSize Column => new(6.5, 3.5);

    /// <summary>Parses "6.5x3.5" (inches).</summary>
    public static bool TryParse(string text, out FigureSize size)
    {
        string[] parts = text.Split('x', 'X');
        size = default;
        if (parts.Length == 2
            && double.TryParse(parts[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double w)
            && double.TryParse(parts[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double h)
            && w is >= 2 and <= 20 && h is >= 1.5 and <= 20)
        {
            size = new FigureSize(w, h);
            return true;
        }

        return false;
    }

    /// <summary>The size in whole units of <paramref name="perInch"/> (72 for PDF points, 300 for a 300 dpi PNG).</summary>
    public (int Width, int Height) In(double perInch) => ((int)Math.Round(Width * perInch), (int)Math.Round(Height * perInch));
}
