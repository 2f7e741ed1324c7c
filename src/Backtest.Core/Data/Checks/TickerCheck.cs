namespace Backtest.Core.Data.Checks;

/// <summary>Runs every check on one ticker and gathers the findings into its report.</summary>
public static class TickerCheck
{
    /// <summary>Checks <paramref name="series"/> against the folder's <paramref name="calendar"/> (increasing) with <paramref name="rules"/>.</summary>
    public static TickerReport Run(TickerSeries series, IReadOnlyList<DateOnly> calendar, JumpRules rules)
    {
        Finding[] findings =
        [
            .. PlaceholderBarCheck.Find(series),
            .. JumpCheck.Find(series, rules),
            .. MissingDayCheck.Find(series, calendar),
            .. WeekendBarCheck.Find(series),
        ];
        // Stable: findings of one day keep the order above (placeholder, jump, missing, weekend).
        Finding[] byDate = [.. findings.OrderBy(f => f.Date)];
        return new TickerReport(series.Ticker, SeriesFacts.Of(series), byDate);
    }

    /// <summary>The report of a ticker whose files do not load: one failure carrying the loader's message.</summary>
    public static TickerReport Unreadable(string ticker, string message) =>
        new(ticker, null, [new Finding(ticker, null, FindingKind.Unreadable, Severity.Fail, message)]);
}
