using ScottPlot;
using ScottPlot.Plottables;

namespace Backtest.Reporting.Figures;

/// <summary>
/// A line of daily values with no more points than its figure can show: past two points for each half point (1/144
/// inch) of the figure's width, each half point keeps only its lowest and its highest value, in date order.
/// </summary>
/// <remarks>
/// A 26-year daily curve has 6,600 points across 6.5 inches, about 14 to a millimetre: its PDF was 250 to 480 KB of path
/// data for a line drawn a point wide. The envelope of every half point is kept (what matplotlib's path simplification and
/// ScottPlot's own signal plots do on screen), so the line looks the same at print resolution; shorter runs are untouched.
/// </remarks>
internal static class ThinnedLine
{
    /// <summary>Adds the line of <paramref name="y"/> over <paramref name="x"/>, thinned for a figure of <paramref name="size"/>.</summary>
    public static Scatter Add(Plot plot, double[] x, double[] y, Color color, Style.FigureSize size)
    {
        (double[] xs, double[] ys) = Thin(x, y, Columns(size));
        return plot.Add.ScatterLine(xs, ys, color);
    }

    /// <summary>Half points across a figure of <paramref name="size"/>: the columns a line is thinned to.</summary>
    public static int Columns(Style.FigureSize size) => (int)Math.Ceiling(size.Width * 72);

    /// <summary>
    /// The points of (<paramref name="x"/>, <paramref name="y"/>), x increasing, kept when split into <paramref name="columns"/>
    /// equal stretches of x: the lowest and the highest of each, in x order (both ends of the line always). A line with
    /// no more than two points a column, or with a gap (NaN), is returned as it is.
    /// </summary>
    public static (double[] X, double[] Y) Thin(double[] x, double[] y, int columns)
    {
        int n = x.Length;
        if (n <= 2 * columns || columns < 1 || Array.Exists(y, double.IsNaN))
        {
            return (x, y);
        }

        var keptX = new List<double>(2 * columns + 2);
        var keptY = new List<double>(2 * columns + 2);
        double first = x[0], width = (x[^1] - first) / columns;
        int start = 0;
        while (start < n)
        {
            // The stretch of points in this column (the last column takes the line's end).
            int column = Math.Min(columns - 1, (int)((x[start] - first) / width));
            int end = start;
            while (end + 1 < n && Math.Min(columns - 1, (int)((x[end + 1] - first) / width)) == column)
            {
                end++;
            }

            int low = start, high = start;
            for (int k = start + 1; k <= end; k++)
            {
                low = y[k] < y[low] ? k : low;
                high = y[k] > y[high] ? k : high;
            }

            // The line's first and last points stay where they are, so it starts and ends on the real values.
            var keep = new SortedSet<int> { low, high };
            if (start == 0)
            {
                keep.Add(0);
            }

            if (end == n - 1)
            {
                keep.Add(n - 1);
            }

            foreach (int k in keep)
            {
                keptX.Add(x[k]);
                keptY.Add(y[k]);
            }

            start = end + 1;
        }

        return ([.. keptX], [.. keptY]);
    }
}
