namespace Backtest.Cli.Fetching;

/// <summary>The window fetched when none is given: the whole history up to yesterday.</summary>
public static class FetchDefaults
{
    /// <summary>Before any listing the providers cover, so a ticker's whole history comes.</summary>
    public static readonly DateOnly From = new(1970, 1, 1);

    /// <summary>
    /// Yesterday (UTC) by <paramref name="clock"/>: today's bar may still be moving, and a file is not fetched again once
    /// it is there, so a half day written now would stay.
    /// </summary>
    public static DateOnly To(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-1);
}
