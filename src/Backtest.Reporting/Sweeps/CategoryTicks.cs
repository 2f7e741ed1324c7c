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

    /// <summary>
    /// A value as an axis label: a date as the other figures' date axes write it (a month's first trading day, as a monthly
    /// grid gives, by its month: 2024, Jul 2024), anything else as written.
    /// </summary>
    public static string Text(SweepParameter parameter, int index)
    {
        if (parameter.Kind != ParameterKind.Date)
        {
            return parameter.Values[index];
        }

        DateOnly date = Date(parameter, index);
        if (!Monthly(parameter))
        {
            return Axis.DateText(date.ToDateTime(TimeOnly.MinValue));
        }

        return date.Month == 1 ? date.ToString("yyyy", CultureInfo.InvariantCulture) : date.ToString("MMM yyyy", CultureInfo.InvariantCulture);
    }

    private static DateOnly Date(SweepParameter parameter, int index) =>
        DateOnly.ParseExact(parameter.Values[index], "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Every date in its own month and within its month's first week: the first trading days a monthly grid gives.
    private static bool Monthly(SweepParameter parameter)
    {
        DateOnly[] dates = [.. Enumerable.Range(0, parameter.Count).Select(k => Date(parameter, k))];
        return dates.All(d => d.Day <= 7) && dates.Select(d => (d.Year, d.Month)).Distinct().Count() == dates.Length;
    }

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
