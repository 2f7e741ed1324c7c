namespace Backtest.Core.Costs;

/// <summary>Interest-style accruals on an Actual/360 day count, as brokers charge borrow fees and pay cash interest.</summary>
public static class Accrual
{
    /// <summary>The days in a year for Actual/360.</summary>
    public const double DaysPerYear = 360;

    /// <summary><paramref name="amount"/> x <paramref name="annualRate"/> x <paramref name="calendarDays"/> / 360.</summary>
    public static double Actual360(double amount, double annualRate, int calendarDays) =>
        Over(amount, annualRate, calendarDays / DaysPerYear);

    /// <summary><paramref name="amount"/> x <paramref name="annualRate"/> x <paramref name="yearFraction"/> (calendar days / 360 already divided).</summary>
    public static double Over(double amount, double annualRate, double yearFraction) => amount * annualRate * yearFraction;
}
