using System.Globalization;
using Backtest.Reporting.Figures;
using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Sweeps;

/// <summary>Ticks for a heatmap axis of a parameter's values, one cell each, thinned so that their labels never touch.</summary>
internal static class CategoryTicks
{
    // Steps between labelled cells: round ones; for dates, divisors and multiples of 12, so monthly dates are labelled
    // by quarter, half year or year.
    private static readonly int[] Steps = [1, 2, 4, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
    private static readonly int[] DateSteps = [1, 2, 3, 6, 12, 24, 36, 60, 120, 240, 600, 1200];

    /// <summary>A value as an axis label: a date as the other figures' date axes write it, anything else as written.</summary>
    public static string Text(SweepParameter parameter, int index) => parameter.Kind == ParameterKind.Date
        ? Axis.DateText(DateOnly.ParseExact(parameter.Values[index], "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue))
        : parameter.Values[index];

    /// <summary>
    /// Labels every step-th cell of <paramref name="axis"/>, the step the smallest that gives each label the room it
    /// needs in <paramref name="length"/> units: its text's width across, a line's height up.
    /// </summary>
    public static void Set(IAxis axis, SweepParameter parameter, double length, bool across)
    {
        string[] texts = [.. Enumerable.Range(0, parameter.Count).Select(k => Text(parameter, k))];

        // A sans-serif character is about 0.55 em wide; a line about 1.5 em tall.
        double need = across ? (texts.Max(t => t.Length) * 0.55 * ReportStyle.TextSize) + 8 : ReportStyle.TextSize * 1.5;
        double perCell = Math.Max(length, 1) / parameter.Count;
        int step = (parameter.Kind == ParameterKind.Date ? DateSteps : Steps).FirstOrDefault(s => s * perCell >= need, parameter.Count);
        int[] shown = [.. Enumerable.Range(0, parameter.Count).Where(k => k % step == 0)];
        axis.SetTicks([.. shown.Select(k => (double)k)], [.. shown.Select(k => texts[k])]);
    }
}
