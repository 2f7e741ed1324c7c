using Backtest.Core;
using Backtest.Reporting.Output;

namespace Backtest.Reporting.Sweeps;

/// <summary>
/// The figure of a parameter sweep, drawn from its folder's <c>sweep.csv</c> (and <c>sweep.json</c> when there): for one
/// varied parameter a line of the metric against it; for two a heatmap with a colour scale; for more, a heatmap of the two
/// most influential with the others held at the best combination's values.
/// </summary>
/// <remarks>
/// <para>
/// The best combination has the highest metric, or the lowest for volatility, costs, margin calls, stops, ruin, trades,
/// drawdown lengths, beta and correlation (see <c>SweepMetric</c>); max drawdown is stored negative, so higher (nearer 0)
/// is better. On a tie the first in grid order wins. Combinations that failed (a <c>status</c> other than <c>ok</c>) or
/// whose metric is empty or NaN have no value: a gap in the line, a hatched cell in the heatmap.
/// </para>
/// <para>
/// A parameter's influence is the range (highest minus lowest) of the metric's mean over each of its values; the two with
/// the largest influence are drawn, the earlier in the grid winning a tie.
/// </para>
/// </remarks>
public static class SweepFigures
{
    /// <summary>The figure's file name under <c>figures/</c>, without extension.</summary>
    public const string FileName = "sweep";

    /// <summary>
    /// Reads <paramref name="sweepFolder"/>/sweep.csv (and sweep.json if there) and writes the sweep's figure by
    /// <paramref name="metricColumn"/> (a column such as <c>strategy.sharpe</c>) as <c>figures/sweep.pdf|svg|png</c> in
    /// <paramref name="options"/>' formats and size, in the report style; returns the files written. A missing or
    /// malformed <c>sweep.csv</c>, or a metric it has no column for, is an <see cref="InputException"/> naming the file and line.
    /// </summary>
    public static IReadOnlyList<string> Write(string sweepFolder, string metricColumn, ReportOptions options)
    {
        SweepDrawing drawing = Build(sweepFolder, metricColumn, options);
        string figures = Path.Combine(sweepFolder, ReportWriter.FigureFolder);
        Directory.CreateDirectory(figures);
        var info = new DocumentInfo($"{drawing.Table.Label}: {drawing.Plot.Axes.Title.Label.Text}", drawing.Table.Created);
        return FigureExporter.Save(drawing.Plot, Path.Combine(figures, FileName), options.Size, options.Formats, info);
    }

    /// <summary>Reads the folder and draws its figure, without writing it.</summary>
    internal static SweepDrawing Build(string sweepFolder, string metricColumn, ReportOptions options) =>
        Build(SweepTableReader.Read(sweepFolder, metricColumn), options);

    /// <summary>Draws the figure of <paramref name="table"/>.</summary>
    internal static SweepDrawing Build(SweepTable table, ReportOptions options)
    {
        // A parameter with one value (listed in the grid, or constant in the file) varies nothing and is not an axis.
        int[] varied = [.. Enumerable.Range(0, table.Parameters.Count).Where(p => table.Parameters[p].Count > 1)];
        switch (varied.Length)
        {
            case 0:
                throw new InputException($"{table.CsvPath}: every parameter has one value, so there is nothing to draw a figure of.");
            case 1:
                SweepLine line = SweepLine.From(table, varied[0]);
                return new SweepDrawing(table, SweepLineFigure.Build(table, line, options), line, null);
            default:
                SweepHeatmap heatmap = SweepHeatmap.From(table, varied);
                return new SweepDrawing(table, SweepHeatmapFigure.Build(table, heatmap, options), null, heatmap);
        }
    }
}
