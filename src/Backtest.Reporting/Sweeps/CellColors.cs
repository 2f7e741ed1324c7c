using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Sweeps;

/// <summary>
/// How a sweep's values become colours, in the report's Okabe-Ito hues (colour-blind safe). Values of both signs get a
/// diverging scale centred at 0, symmetric so that white is 0: vermilion below, blue above, as the monthly returns.
/// Values of one sign get a sequential scale over their own range, light to dark, so that small differences show:
/// blues for positive values (the larger the darker), vermilions for negative ones (the more negative the darker).
/// </summary>
/// <param name="Low">The value at the bottom of the scale.</param>
/// <param name="High">The value at the top.</param>
/// <param name="Diverging">Whether the scale is centred at 0.</param>
/// <param name="Colormap">The colours from <paramref name="Low"/> (0) to <paramref name="High"/> (1).</param>
internal sealed record CellColors(double Low, double High, bool Diverging, IColormap Colormap)
{
    private static readonly Color DarkBlue = Color.FromHex("#023858");
    private static readonly Color LightBlue = Color.FromHex("#E8F1F8");
    private static readonly Color DarkVermilion = Color.FromHex("#6B2300");
    private static readonly Color LightVermilion = Color.FromHex("#FBEADF");

    /// <summary>The scale for <paramref name="values"/> (the finite ones count; none gives a scale around 0).</summary>
    public static CellColors For(IEnumerable<double> values)
    {
        double[] finite = [.. values.Where(double.IsFinite)];
        double low = finite.Length == 0 ? -1 : finite.Min(), high = finite.Length == 0 ? 1 : finite.Max();
        if (low < 0 && high > 0)
        {
            double reach = Math.Max(-low, high);
            return new CellColors(-reach, reach, true, new ScottPlot.Colormaps.CustomInterpolated([DarkVermilion, ReportStyle.Short, Colors.White, ReportStyle.Gain, DarkBlue]));
        }

        // One value (or all equal): a little room either side, so the cells take the scale's middle colour.
        if (high - low <= Math.Max(Math.Abs(high), 1) * 1e-12)
        {
            double room = Math.Max(Math.Abs(high) * 0.01, 1e-9);
            (low, high) = (low - room, high + room);
        }

        return high > 0
            ? new CellColors(low, high, false, new ScottPlot.Colormaps.CustomInterpolated([LightBlue, Color.FromHex("#56B4E9"), ReportStyle.Gain, DarkBlue]))
            : new CellColors(low, high, false, new ScottPlot.Colormaps.CustomInterpolated([DarkVermilion, ReportStyle.Short, Color.FromHex("#F0A878"), LightVermilion]));
    }

    /// <summary>The colour of <paramref name="value"/>; values beyond the scale take its end's colour.</summary>
    public Color Of(double value) => Colormap.GetColor(Math.Clamp((value - Low) / (High - Low), 0, 1));

    /// <summary>Text on a cell of <paramref name="fill"/>: white on dark fills, ink on light ones (by relative luminance).</summary>
    public static Color TextOn(Color fill)
    {
        double luminance = (0.2126 * Linear(fill.R)) + (0.7152 * Linear(fill.G)) + (0.0722 * Linear(fill.B));
        return luminance < 0.2 ? Colors.White : ReportStyle.Ink;
    }

    private static double Linear(byte channel)
    {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
