using System.Globalization;

namespace Backtest.Core.Data.Checks;

/// <summary>The words of each finding, in one place.</summary>
public static class FindingText
{
    /// <summary>A bar with open = high = low = close and no volume.</summary>
    public static string PlaceholderBar(double price) =>
        $"placeholder bar (open = high = low = close = {Price(price)}, volume 0)";

    /// <summary>A close ratio near a split ratio; <paramref name="split"/> is k, <paramref name="reverse"/> true for a 1-for-k reverse split.</summary>
    public static string SplitLikeJump(double previous, double close, double split, bool reverse)
    {
        string k = split.ToString("0.##", CultureInfo.InvariantCulture);
        string like = reverse ? $"1-for-{k} reverse split" : $"{k}-for-1 split";
        return $"close {Ratio(close / previous)} ({Price(previous)} to {Price(close)}), like an unadjusted {like}";
    }

    /// <summary>A close-to-close ratio beyond <paramref name="limit"/> either way.</summary>
    public static string AbsurdJump(double previous, double close, double limit) =>
        $"close {Ratio(close / previous)} ({Price(previous)} to {Price(close)}), {limit.ToString("0", CultureInfo.InvariantCulture)} times or more either way: a data error";

    /// <summary>A large move that matches no split ratio.</summary>
    public static string LargeMove(double previous, double close, double limit) =>
        $"close {Move(close / previous)} ({Ratio(close / previous)}, {Price(previous)} to {Price(close)}), " +
        $"beyond {limit.ToString("0.#%", CultureInfo.InvariantCulture)} but no split ratio";

    /// <summary>A weekend bar among <paramref name="count"/> bars of which <paramref name="weekend"/> fall on weekends.</summary>
    public static string WeekendBar(DateOnly date, int weekend, int count) =>
        $"bar on a {date.DayOfWeek} ({weekend} of {count} bars fall on weekends): a weekday market's bar dated a day off, as a time-zone error would";

    /// <summary>A day the folder's other files trade and this one does not.</summary>
    public static string MissingDay() => "no bar on a day other files in the folder trade";

    /// <summary>A ratio as the table shows it, e.g. x0.1000, or x1.5E+12 when it is huge or tiny (an absurd jump).</summary>
    public static string Ratio(double ratio) =>
        "x" + ratio.ToString(ratio is >= 1e4 or (> 0 and < 1e-4) ? "0.###E+0" : "0.0000", CultureInfo.InvariantCulture);

    private static string Move(double ratio) => (ratio - 1).ToString("+0.0%;-0.0%", CultureInfo.InvariantCulture);

    // Real files hold float32-looking decimals (2.6700000762939453); six significant digits say the price.
    private static string Price(double price) => price.ToString("G6", CultureInfo.InvariantCulture);
}
