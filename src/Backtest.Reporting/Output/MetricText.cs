using System.Globalization;

namespace Backtest.Reporting.Output;

/// <summary>How numbers are written in tables: percent, ratios, money, days; "n/a" where a number is undefined.</summary>
public static class MetricText
{
    /// <summary>A fraction as a percent with two decimals.</summary>
    public static string Percent(double? value) =>
        value is { } v && double.IsFinite(v) ? Unsigned(v.ToString("0.00%", CultureInfo.InvariantCulture)) : "n/a";

    /// <summary>A small fraction as a percent with three decimals (costs are often a few hundredths of a percent).</summary>
    public static string SmallPercent(double? value) =>
        value is { } v && double.IsFinite(v) ? Unsigned(v.ToString("0.000%", CultureInfo.InvariantCulture)) : "n/a";

    /// <summary>A ratio with two decimals.</summary>
    public static string Ratio(double? value) =>
        value is { } v && double.IsFinite(v) ? Unsigned(v.ToString("0.00", CultureInfo.InvariantCulture)) : "n/a";

    /// <summary>Money with thousands separators and no decimals.</summary>
    public static string Money(double? value) =>
        value is { } v && double.IsFinite(v) ? Unsigned(v.ToString("#,0", CultureInfo.InvariantCulture)) : "n/a";

    /// <summary>
    /// <paramref name="text"/> without its minus sign when it shows no digit but zeros: a cost of -0.0 (none paid) or -0.3
    /// rounded is written 0, not -0.
    /// </summary>
    public static string Unsigned(string text) =>
        text.Length > 1 && text[0] == '-' && text.AsSpan(1).TrimStart("0.,%").IsEmpty ? text[1..] : text;

    /// <summary>A count.</summary>
    public static string Count(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "n/a";
}
