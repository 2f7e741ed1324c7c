namespace Backtest.Core.Options;

/// <summary>The terms listed options come in: monthly expiries on the third Friday and strikes on a price grid.</summary>
public static class ListedTerms
{
    /// <summary>The standard monthly expiry of <paramref name="year"/>-<paramref name="month"/>: its third Friday.</summary>
    public static DateOnly ThirdFriday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        int toFriday = ((int)DayOfWeek.Friday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toFriday + 14);
    }

    /// <summary>The monthly expiry <paramref name="months"/> calendar months after <paramref name="day"/>'s month.</summary>
    public static DateOnly MonthlyExpiry(DateOnly day, int months)
    {
        DateOnly month = new DateOnly(day.Year, day.Month, 1).AddMonths(months);
        return ThirdFriday(month.Year, month.Month);
    }

    /// <summary>
    /// The listed strike nearest <paramref name="price"/>: steps of 0.50 below 25, 1 below 200, 5 from 200 (the usual
    /// US equity grid; real listings vary by name), never below one step.
    /// </summary>
    public static double NearestStrike(double price)
    {
        double step = price < 25 ? 0.5 : price < 200 ? 1 : 5;
        return Math.Max(step, Math.Round(price / step, MidpointRounding.AwayFromZero) * step);
    }
}
