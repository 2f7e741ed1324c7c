namespace Backtest.Core.Data.Checks;

/// <summary>Finds bars dated on a Saturday or Sunday in a series that trades on weekdays: most likely dated a day off.</summary>
/// <remarks>
/// A downloader that shifts timestamps by the wrong offset (a winter offset on summer days, say) dates midnight-stamped
/// bars a day early, and they land on Sundays. A market that trades every day (crypto) has weekend bars on two days in
/// seven; a weekday market has none. So weekend bars are flagged only when they are fewer than one bar in ten, each as a
/// warning to look at: some exchanges have held the odd weekend session.
/// </remarks>
public static class WeekendBarCheck
{
    /// <summary>Weekend bars above this share of all bars mean the market trades on weekends, and none is flagged.</summary>
    public const double WeekendMarketShare = 0.1;

    /// <summary>One <see cref="Severity.Warn"/> finding per weekend bar of a weekday series, in date order.</summary>
    public static IReadOnlyList<Finding> Find(TickerSeries series)
    {
        int weekend = 0;
        foreach (DateOnly date in series.Dates)
        {
            weekend += IsWeekend(date) ? 1 : 0;
        }

        if (weekend == 0 || weekend > WeekendMarketShare * series.Count)
        {
            return [];
        }

        var findings = new List<Finding>(weekend);
        foreach (DateOnly date in series.Dates)
        {
            if (IsWeekend(date))
            {
                findings.Add(new Finding(series.Ticker, date, FindingKind.WeekendBar, Severity.Warn, FindingText.WeekendBar(date, weekend, series.Count)));
            }
        }

        return findings;
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
