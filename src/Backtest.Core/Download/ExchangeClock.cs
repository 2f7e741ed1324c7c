namespace Backtest.Core.Download;

/// <summary>
/// Turns a chart answer's timestamps into the exchange's own calendar dates, in the exchange's time zone on each day.
/// </summary>
/// <remarks>
/// Yahoo stamps daily bars at the session's start in the exchange's zone (09:30 New York for US stocks, midnight London
/// for EURUSD=X) and gives one <c>meta.gmtoffset</c> for the whole answer: the offset in force when it was fetched.
/// Shifting every bar by that one offset dates half a year of a midnight-stamped series a day early across daylight
/// saving. So each timestamp is converted with <c>meta.exchangeTimezoneName</c>'s rules for its own instant; the fixed
/// offset is used only when the answer names no zone, or one this machine does not know.
/// </remarks>
internal sealed class ExchangeClock
{
    private readonly TimeZoneInfo? _zone;
    private readonly long _fixedOffset;

    private ExchangeClock(TimeZoneInfo? zone, long fixedOffset)
    {
        _zone = zone;
        _fixedOffset = fixedOffset;
    }

    /// <summary>The clock of the zone named <paramref name="zoneName"/> (IANA, e.g. <c>America/New_York</c>), else of <paramref name="gmtOffsetSeconds"/>.</summary>
    public static ExchangeClock Of(string? zoneName, long gmtOffsetSeconds)
    {
        TimeZoneInfo? zone = null;
        if (!string.IsNullOrWhiteSpace(zoneName))
        {
            try
            {
                zone = TimeZoneInfo.FindSystemTimeZoneById(zoneName);
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                zone = null;
            }
        }

        return new ExchangeClock(zone, gmtOffsetSeconds);
    }

    /// <summary>The exchange's calendar date at <paramref name="unixSeconds"/>.</summary>
    public DateOnly DateOf(long unixSeconds)
    {
        DateTime utc = DateTimeOffset.FromUnixTimeSeconds(unixSeconds).UtcDateTime;
        return _zone is null
            ? DateOnly.FromDateTime(utc.AddSeconds(_fixedOffset))
            : DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, _zone));
    }
}
