using Backtest.Core.Parameters;
using Backtest.Core.Runs;

namespace Backtest.Core.Scenarios;

/// <summary>The steps every kind of scenario takes on the history it starts from, before its own days are laid over it.</summary>
internal static class RealPart
{
    /// <summary>
    /// The run <paramref name="request"/> asks for on the data as it is: it finds the data, checks the settings and fixes
    /// the last real day. Its entry date and its recalls and fee stresses may lie beyond the data, in the scenario's days,
    /// so they are checked on the scenario's plan instead.
    /// </summary>
    public static RunPlan Prepare(RunRequest request, StrategyCatalog strategies, PresetCatalog presets) =>
        RunPlan.Prepare(request, strategies, presets, checkSchedule: false, checkLoanDates: false);

    /// <summary>The scenario's last real day: <paramref name="start"/>, or <paramref name="real"/>'s last day; one outside its data is an <see cref="InputException"/>.</summary>
    public static DateOnly Start(RunPlan real, DateOnly? start)
    {
        DateOnly first = real.Panel.Dates[0], last = real.Panel.Dates[^1];
        DateOnly day = start ?? last;
        if (day < first || day > last)
        {
            throw ScenarioErrors.StartOutsideWindow(day, first, last);
        }

        return day;
    }

    /// <summary>
    /// <paramref name="assignments"/> with the scenario's own <paramref name="settings"/> in place of any of the same names:
    /// a <c>to</c> given for the real part chose the start and is not the scenario's end.
    /// </summary>
    public static List<Assignment> Replacing(IEnumerable<Assignment> assignments, params Assignment[] settings) =>
        [.. assignments.Where(a => !settings.Any(s => s.Key.Equals(a.Key, StringComparison.OrdinalIgnoreCase))), .. settings];
}
