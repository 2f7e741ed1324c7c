namespace Backtest.Core.Data;

/// <summary>The messages for LEAN price zips and factor files, in one place.</summary>
public static class LeanErrors
{
    /// <summary>How a file inside a zip is named in messages: the zip, then the entry.</summary>
    public static string EntryName(string zip, string entry) => $"{zip}, entry {entry}";

    /// <summary>A price line without LEAN's six fields.</summary>
    public static InputException FieldCount(string file, int line, int found) =>
        DataErrors.MalformedRow(file, line, $"expected 6 fields (yyyyMMdd HH:mm,open,high,low,close,volume with prices in 1/10,000 dollars), found {found}.");

    /// <summary>A date that is not LEAN's <c>yyyyMMdd HH:mm</c> (or <c>yyyyMMdd</c> in factor files).</summary>
    public static InputException BadDate(string file, int line, string text, string format) =>
        DataErrors.MalformedRow(file, line, $"date '{InputExcerpt.Of(text)}' is not {format}.");

    /// <summary>A zip without the ticker's price file.</summary>
    public static InputException NoEntry(string zip, string expected, IEnumerable<string> entries)
    {
        string[] names = entries.ToArray();
        return new($"{zip}: no {expected} inside; LEAN daily zips hold <ticker>.csv. " +
            (names.Length == 0 ? "The zip is empty." : $"It holds {InputExcerpt.Of(names, ", ")}."));
    }

    /// <summary>A file named <c>.zip</c> that is not a zip archive.</summary>
    public static InputException NotAZip(string zip, Exception inner) =>
        new($"{zip}: not a zip archive LEAN's daily data would be in ({inner.Message}).", inner);

    /// <summary>A zip entry with no price lines.</summary>
    public static InputException NoLines(string file) =>
        new($"{file}, line 1: no price lines; expected lines such as 20240102 00:00,1000000,1100000,900000,1050000,1000.");

    /// <summary>A factor file line without date, price factor and split factor.</summary>
    public static InputException FactorFieldCount(string file, int line, int found) =>
        DataErrors.MalformedRow(file, line, $"expected yyyyMMdd,price factor,split factor[,reference price], found {found} field(s).");

    /// <summary>A factor that is negative: no split or dividend makes one.</summary>
    public static InputException NegativeFactor(string file, int line, string name, string text) =>
        DataErrors.MalformedRow(file, line, $"{name} {InputExcerpt.Of(text)} is negative.");

    /// <summary>A factor file whose dates are not increasing.</summary>
    public static InputException FactorOrder(string file, int line, DateOnly date, DateOnly previous) =>
        DataErrors.MalformedRow(file, line, $"date {date:yyyy-MM-dd} does not come after the previous row's {previous:yyyy-MM-dd}; factor rows must be in increasing date order.");

    /// <summary>A price factor that rises into the next row: it would be a negative dividend.</summary>
    public static InputException NegativeDividend(string file, int line, double factor, double next) =>
        DataErrors.MalformedRow(file, line, $"price factor {Text(factor)} is above the next row's {Text(next)}, which would make a negative dividend; " +
            "price factors fall (or stay) going back in time.");

    private static string Text(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
