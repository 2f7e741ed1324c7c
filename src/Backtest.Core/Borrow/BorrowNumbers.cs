using System.Globalization;

namespace Backtest.Core.Borrow;

/// <summary>The number rules both borrow readers share: finite, invariant culture, fees and share counts not negative.</summary>
internal static class BorrowNumbers
{
    /// <summary>Reads a finite number, or null for an empty field.</summary>
    public static double? Optional(string text, string name, string path, int line)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            throw BorrowErrors.NotANumber(path, line, name, text);
        }

        return value;
    }

    /// <summary>Fails for a negative fee: a lender does not pay the borrower a fee (that is a negative rebate).</summary>
    public static void CheckFee(double? fee, string name, string text, string path, int line)
    {
        if (fee < 0)
        {
            throw BorrowErrors.Negative(path, line, name, text, "a borrow fee is what the borrower pays; a rate paid to the borrower is a rebate");
        }
    }

    /// <summary>Fails for a negative share count.</summary>
    public static void CheckAvailable(double? available, string name, string text, string path, int line)
    {
        if (available < 0)
        {
            throw BorrowErrors.Negative(path, line, name, text, "it counts shares that can be borrowed");
        }
    }
}
