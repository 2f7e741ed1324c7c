using System.Globalization;

namespace Backtest.Core.Sweeps;

/// <summary>
/// The columns of <c>sweep.csv</c> as numbers, for <c>--where</c> and <c>--metric</c>: <c>index</c>, each varied parameter
/// (a number, or a date as its day number; other values are not numbers) and each metric.
/// </summary>
public sealed class SweepColumnSet
{
    private readonly double[][] _axisNumbers;

    /// <summary>The column set of a sweep over <paramref name="axes"/>.</summary>
    public SweepColumnSet(IReadOnlyList<GridAxis> axes)
    {
        Axes = axes;
        Names = ["index", .. axes.Select(a => a.Name), .. MetricColumns.All.Select(c => MetricName(axes, c))];
        _axisNumbers = axes.Select(a => a.Values.Select(Number).ToArray()).ToArray();
    }

    /// <summary>
    /// The header of a metric column: its <c>metrics.json</c> path, or <c>metrics.&lt;path&gt;</c> when a varied parameter
    /// has that name (<c>capital</c>, <c>riskFreeRate</c>), so that no two columns share a name.
    /// </summary>
    public static string MetricName(IReadOnlyList<GridAxis> axes, MetricColumn column) =>
        axes.Any(a => a.Name.Equals(column.Name, StringComparison.OrdinalIgnoreCase)) ? "metrics." + column.Name : column.Name;

    /// <summary>The axes.</summary>
    public IReadOnlyList<GridAxis> Axes { get; }

    /// <summary>The names of the columns that can be compared, in <c>sweep.csv</c>'s order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>
    /// The column <paramref name="name"/> names: a column of that name (any case), else <c>strategy.&lt;name&gt;</c>
    /// (so <c>sharpe</c> is <c>strategy.sharpe</c>); none is an <see cref="InputException"/> for <paramref name="option"/>.
    /// </summary>
    public int Resolve(string name, string option)
    {
        string trimmed = name.Trim();
        foreach (string candidate in new[] { trimmed, "strategy." + trimmed })
        {
            for (int c = 0; c < Names.Count; c++)
            {
                if (Names[c].Equals(candidate, StringComparison.OrdinalIgnoreCase))
                {
                    return c;
                }
            }
        }

        throw SweepErrors.UnknownColumn(option, trimmed, Names);
    }

    /// <summary>Whether column <paramref name="column"/> holds dates.</summary>
    public bool IsDate(int column) =>
        column > Axes.Count
            ? MetricColumns.All[column - 1 - Axes.Count].Kind == SweepColumnKind.Date
            : column > 0 && Axes[column - 1].Values.All(v => DateOnly.TryParseExact(v, "yyyy-MM-dd", out _));

    /// <summary>The value of <paramref name="column"/> for the combination <paramref name="index"/> with <paramref name="digits"/> and <paramref name="metrics"/>; NaN when it has none.</summary>
    public double Value(int column, long index, ReadOnlySpan<int> digits, ReadOnlySpan<double> metrics)
    {
        if (column == 0)
        {
            return index;
        }

        if (column <= Axes.Count)
        {
            return _axisNumbers[column - 1][digits[column - 1]];
        }

        double value = metrics[column - 1 - Axes.Count];
        return MetricColumns.IsMissing(value) ? double.NaN : value;
    }

    private static double Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date) ? date.DayNumber
        : double.NaN;
}
