namespace Backtest.Core.Scenarios;

/// <summary>The trading days of a synthetic future: every weekday after the scenario's start.</summary>
/// <remarks>
/// Exchange holidays are not modelled (a year of 252 synthetic days ends about a week and a half early). Borrow fees,
/// interest and option time all accrue by calendar day, so a missing holiday changes nothing but the dates.
/// </remarks>
public static class ScenarioCalendar
{
    /// <summary>The first <paramref name="days"/> weekdays after <paramref name="start"/>.</summary>
    public static DateOnly[] After(DateOnly start, int days)
    {
        var dates = new DateOnly[days];
        DateOnly day = start;
        for (int k = 0; k < days; k++)
        {
            do
            {
                day = day.AddDays(1);
            }
            while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);

            dates[k] = day;
        }

        return dates;
    }
}
