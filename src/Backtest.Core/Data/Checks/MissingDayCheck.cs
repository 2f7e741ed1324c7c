namespace Backtest.Core.Data.Checks;

/// <summary>Finds days of the folder's calendar on which a ticker has no bar, inside its own first..last dates.</summary>
/// <remarks>
/// Days before a ticker lists or after its data ends are not missing: a ragged panel is normal (PLTR listed in 2020).
/// A gap inside the range is a warning, not a failure: the engine carries the last close over it and fills nothing
/// that day, which is right for a halt and only slightly off for a row lost from the file.
/// </remarks>
public static class MissingDayCheck
{
    /// <summary>One <see cref="Severity.Warn"/> finding per day of <paramref name="calendar"/> (increasing) that <paramref name="series"/> lacks.</summary>
    public static IReadOnlyList<Finding> Find(TickerSeries series, IReadOnlyList<DateOnly> calendar)
    {
        var findings = new List<Finding>();
        DateOnly first = series.FirstDate, last = series.LastDate;
        int t = 0;
        foreach (DateOnly day in calendar)
        {
            if (day < first || day > last)
            {
                continue;
            }

            // Both lists increase, so one walk through the series' dates finds every gap.
            while (t < series.Count && series.Dates[t] < day)
            {
                t++;
            }

            if (t == series.Count || series.Dates[t] != day)
            {
                findings.Add(new Finding(series.Ticker, day, FindingKind.MissingDay, Severity.Warn, FindingText.MissingDay()));
            }
        }

        return findings;
    }
}
