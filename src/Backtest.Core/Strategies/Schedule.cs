namespace Backtest.Core.Strategies;

/// <summary>When a strategy decides: once or periodically, from a start date (the run's first day when none is given).</summary>
/// <param name="Frequency">How often after the first decision.</param>
/// <param name="Start">The first decision is on the first trading day on or after this date.</param>
/// <param name="StartParameter">The parameter that set <paramref name="Start"/>, named in messages when it falls outside the run.</param>
public readonly record struct Schedule(Frequency Frequency, DateOnly? Start = null, string? StartParameter = null)
{
    /// <summary>One decision on the run's first day.</summary>
    public static Schedule OnceAtStart => new(Frequency.None);

    /// <summary>One decision on the first trading day on or after <paramref name="date"/>.</summary>
    public static Schedule Once(DateOnly date, string? parameter = null) => new(Frequency.None, date, parameter);

    /// <summary>Marks the decision days of a run on <paramref name="dates"/>: the first on or after the start, then one per period.</summary>
    public bool[] DecisionDays(DateOnly[] dates)
    {
        var days = new bool[dates.Length];
        int first = Start is { } start ? FirstOnOrAfter(dates, start) : 0;
        if (first >= dates.Length)
        {
            return days;
        }

        days[first] = true;
        for (int t = first + 1; t < dates.Length && Frequency != Frequency.None; t++)
        {
            days[t] = Frequency == Frequency.Daily || StartsNewPeriod(dates[t - 1], dates[t]);
        }

        return days;
    }

    private bool StartsNewPeriod(DateOnly previous, DateOnly current) => Frequency switch
    {
        Frequency.Weekly => WeekStart(current) != WeekStart(previous),
        Frequency.Monthly => current.Month != previous.Month || current.Year != previous.Year,
        Frequency.Quarterly => ((current.Month - 1) / 3) != ((previous.Month - 1) / 3) || current.Year != previous.Year,
        _ => false,
    };

    // Monday of the date's week: two dates share a week when their Mondays agree.
    private static int WeekStart(DateOnly date) => date.DayNumber - (((int)date.DayOfWeek + 6) % 7);

    private static int FirstOnOrAfter(DateOnly[] dates, DateOnly date)
    {
        int t = Array.BinarySearch(dates, date);
        return t >= 0 ? t : ~t;
    }
}
