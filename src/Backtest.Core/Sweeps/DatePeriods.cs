using Backtest.Core.Strategies;

namespace Backtest.Core.Sweeps;

/// <summary>The dates of a <c>START..END:period</c> grid: the first trading day of each period within START..END.</summary>
/// <param name="Start">The first day a value may fall on.</param>
/// <param name="End">The last day a value may fall on.</param>
/// <param name="Period">Daily (every trading day), weekly (weeks start on Monday, as schedules'), monthly or quarterly.</param>
public sealed record DatePeriods(DateOnly Start, DateOnly End, Frequency Period)
{
    /// <summary>
    /// The first day of <paramref name="calendar"/> (trading days, ascending) in each period that has one within
    /// <see cref="Start"/>..<see cref="End"/>: a period cut by <see cref="Start"/> gives its first trading day on or after it.
    /// </summary>
    public IReadOnlyList<DateOnly> FirstTradingDays(IReadOnlyList<DateOnly> calendar)
    {
        var days = new List<DateOnly>();
        long previous = long.MinValue;
        foreach (DateOnly day in calendar)
        {
            if (day < Start || day > End)
            {
                continue;
            }

            long period = PeriodOf(day);
            if (period != previous)
            {
                days.Add(day);
                previous = period;
            }
        }

        return days;
    }

    private long PeriodOf(DateOnly day) => Period switch
    {
        Frequency.Weekly => day.DayNumber - (((int)day.DayOfWeek + 6) % 7),
        Frequency.Monthly => (day.Year * 12L) + day.Month,
        Frequency.Quarterly => (day.Year * 4L) + ((day.Month - 1) / 3),
        _ => day.DayNumber,
    };
}
